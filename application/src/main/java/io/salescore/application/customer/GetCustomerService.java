package io.salescore.application.customer;

import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.in.GetCustomerUseCase;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.NotFoundException;

/** One indexed read scoped by the caller's business: another business's customer is simply not found. */
public final class GetCustomerService implements GetCustomerUseCase {

    private final UnitOfWork tx;
    private final CustomerRepository customers;

    public GetCustomerService(UnitOfWork tx, CustomerRepository customers) {
        this.tx = tx;
        this.customers = customers;
    }

    @Override
    public Customer get(Actor actor, CustomerId id) {
        return tx.read(() -> customers.findById(actor.businessId(), id)).orElseThrow(NotFoundException::new);
    }
}
