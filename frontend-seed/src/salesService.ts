// The seed's service functions, as written in seed 000 ("Customer Update Endpoint Documentation"):
// `updateSaleCustomer` (Step 1) and the audit history fetch (section "Viewing Customer Change History").
// Only the module scaffolding (imports of the globals the seed assumes) is ours; the function bodies are
// the seed's, unchanged but for one word: the seed's history snippet called `.map` on the answer, which was
// already wrong against the old backend (every list there was a DRF page); it reads `.results` here, as
// docs/api-guide.md shows.

import { getAuthToken, authToken } from './globals';

interface Sale {
  id: string;
  customer: string | null;
  customer_name: string | null;
  status: string;
  type: 'RETAIL' | 'WHOLESALE';
}

// services/salesService.ts

interface UpdateCustomerParams {
  saleId: string;
  customerId: string;
}

interface UpdateCustomerResponse {
  message: string;
  previous_customer: string | null;
  new_customer: string;
  sale: Sale;
}

export const updateSaleCustomer = async (
  params: UpdateCustomerParams
): Promise<UpdateCustomerResponse> => {
  const { saleId, customerId } = params;
  
  const response = await fetch(
    `/sales/api/sales/${saleId}/update_customer/`,
    {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/json',
        'Authorization': `Token ${getAuthToken()}`
      },
      body: JSON.stringify({
        customer: customerId
      })
    }
  );
  
  if (!response.ok) {
    const error = await response.json();
    throw new Error(error.error || 'Failed to update customer');
  }
  
  return response.json();
};

// Fetch audit logs for a sale
export const getCustomerChangeHistory = async (saleId: string) => {
  const response = await fetch(
    `/sales/api/audit-logs/?sale=${saleId}&event_type=sale.customer_updated`,
    {
      headers: {
        'Authorization': `Token ${authToken}`
      }
    }
  );
  
  const logs = await response.json();
  
  return logs.results.map((log: any) => ({
    timestamp: log.timestamp,
    user: log.user_name,
    oldCustomer: log.event_data.old_customer_name,
    newCustomer: log.event_data.new_customer_name,
    description: log.description
  }));
};
