package io.salescore.application.customer.port.out;

import io.salescore.domain.customer.Customer;

/** Port: customers of a business. */
public interface CustomerRepository {

    void insert(Customer customer);
}
