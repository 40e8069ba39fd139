package io.salescore.application.customer;

import io.salescore.application.common.Input;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.in.UpdateCustomerCommand;
import io.salescore.application.customer.port.in.UpdateCustomerUseCase;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Locks the customer, applies the change through the aggregate and audits what changed, in one transaction. */
public final class UpdateCustomerService implements UpdateCustomerUseCase {

    private final UnitOfWork tx;
    private final CustomerRepository customers;
    private final AuditLogRepository audit;
    private final Clock clock;

    public UpdateCustomerService(UnitOfWork tx, CustomerRepository customers, AuditLogRepository audit, Clock clock) {
        this.tx = tx;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void checkAccess(Actor actor, CustomerId id, Input<?> body) {
        tx.read(() -> customers.findById(actor.businessId(), id)).orElseThrow(NotFoundException::new);
        body.requireParsable();
        actor.requireCustomerManagement();
    }

    @Override
    public Customer update(Actor actor, CustomerId id, UpdateCustomerCommand c) {
        return tx.inTransaction(() -> {
            Customer customer = customers.findForUpdate(actor.businessId(), id).orElseThrow(NotFoundException::new);
            actor.requireCustomerManagement();
            Customer.State before = customer.state();
            Instant now = clock.instant();
            if (customer.update(c.name(), c.email(), c.phone(), c.address(), c.contactPerson(), c.taxId(),
                    c.notes(), c.type(), c.creditLimit(),
                    c.creditTermsDays(), c.creditBlocked(), c.active(), now)) {
                customers.update(customer);
                audit.append(actor, now, List.of(CustomerEvents.updated(customer, customer.changesSince(before))));
            }
            return customer;
        });
    }
}
