package io.salescore.application.customer;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.CustomerQuery;
import io.salescore.application.customer.port.in.ListCustomersUseCase;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.customer.Customer;

/** A page of the caller's business's customers: two statements (count and page), whatever the page size. */
public final class ListCustomersService implements ListCustomersUseCase {

    private final UnitOfWork tx;
    private final CustomerRepository customers;

    public ListCustomersService(UnitOfWork tx, CustomerRepository customers) {
        this.tx = tx;
        this.customers = customers;
    }

    @Override
    public Page<Customer> list(Actor actor, CustomerQuery query, PageRequest page) {
        return tx.inTransaction(() -> customers.list(actor.businessId(), query, page));
    }
}
