// Runs the seed's service functions against a Sales Core server.
//   SALESCORE_URL     base URL of the server, e.g. http://localhost:8000
//   SALESCORE_TOKEN   an API token
//   SALE_ID           a DRAFT sale;  CUSTOMER_ID  a customer of the same business
//   CLOSED_SALE_ID    optional: a COMPLETED sale, to show the seed's error path
// Prints one JSON object with what each call returned (or the message it threw).

const base = process.env.SALESCORE_URL ?? 'http://localhost:8000';
const browserFetch = globalThis.fetch;
// In a browser, relative URLs resolve against the page; in Node they need the server's address.
globalThis.fetch = ((input: any, init?: any) =>
  browserFetch(typeof input === 'string' && input.startsWith('/') ? base + input : input, init)) as typeof fetch;

const { updateSaleCustomer, getCustomerChangeHistory } = await import('./salesService');

const saleId = process.env.SALE_ID!;
const customerId = process.env.CUSTOMER_ID!;
const result: Record<string, unknown> = {};

const updated = await updateSaleCustomer({ saleId, customerId });
result.update = { message: updated.message, previous_customer: updated.previous_customer,
  new_customer: updated.new_customer, sale_customer: updated.sale.customer, sale_status: updated.sale.status };
result.history = await getCustomerChangeHistory(saleId);

if (process.env.CLOSED_SALE_ID) {
  try {
    await updateSaleCustomer({ saleId: process.env.CLOSED_SALE_ID, customerId });
    result.closed = 'no error';
  } catch (e) {
    result.closed = (e as Error).message;
  }
}

console.log(JSON.stringify(result));
