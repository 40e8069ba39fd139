package io.salescore.application.customer;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.in.CreateCustomerCommand;
import io.salescore.application.customer.port.in.CreateCustomerUseCase;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.CustomerId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Inserts the customer and its {@code customer.created} entry in one transaction; the phone index decides duplicates. */
public final class CreateCustomerService implements CreateCustomerUseCase {

    static final int DEFAULT_TERMS_DAYS = 30;

    private final UnitOfWork tx;
    private final CustomerRepository customers;
    private final AuditLogRepository audit;
    private final IdGenerator ids;
    private final Clock clock;

    public CreateCustomerService(UnitOfWork tx, CustomerRepository customers, AuditLogRepository audit,
                                 IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.customers = customers;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Customer create(Actor actor, CreateCustomerCommand command) {
        if (command.touchesCredit()) {
            actor.requireCustomerManagement();
        }
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            Customer customer = Customer.create(CustomerId.of(ids.newId()), actor.businessId(), command.name(),
                    command.email(), command.phone(), command.address(), command.contactPerson(),
                    command.taxId(), command.notes(), command.type(), command.creditLimit(),
                    command.creditTermsDays() == null ? DEFAULT_TERMS_DAYS : command.creditTermsDays(),
                    Boolean.TRUE.equals(command.creditBlocked()), now);
            customers.insert(customer);
            audit.append(actor, now, List.of(CustomerEvents.created(customer)));
            return customer;
        });
    }
}
