package io.salescore.application.customer.port.out;

import io.salescore.application.customer.port.CreditTransaction;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;

/**
 * Port: reading a customer's account ledger (the entries {@link CustomerRepository}'s balance methods write).
 */
public interface CreditLedger {

    /** One page of the customer's entries, oldest first (the per-business sequence number). */
    Page<CreditTransaction> list(BusinessId business, CustomerId customer, PageRequest page);
}
