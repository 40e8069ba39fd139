package io.salescore.application.customer;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.in.DeactivateCustomerUseCase;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Deactivates under the customer's lock and audits it as {@code customer.updated}; an inactive one stays as it is. */
public final class DeactivateCustomerService implements DeactivateCustomerUseCase {

    private final UnitOfWork tx;
    private final CustomerRepository customers;
    private final AuditLogRepository audit;
    private final Clock clock;

    public DeactivateCustomerService(UnitOfWork tx, CustomerRepository customers, AuditLogRepository audit,
                                     Clock clock) {
        this.tx = tx;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void deactivate(Actor actor, CustomerId id) {
        tx.run(() -> {
            Customer customer = customers.findForUpdate(actor.businessId(), id).orElseThrow(NotFoundException::new);
            actor.requireCustomerManagement();
            Customer.State before = customer.state();
            Instant now = clock.instant();
            if (customer.deactivate(now)) {
                customers.update(customer);
                audit.append(actor, now, List.of(CustomerEvents.updated(customer, customer.changesSince(before))));
            }
        });
    }
}
