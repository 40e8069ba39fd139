package io.salescore.application.customer;

import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.in.CreditStatus;
import io.salescore.application.customer.port.in.CreditStatusUseCase;
import io.salescore.application.customer.port.out.CreditStatusQuery;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.NotFoundException;

import java.time.Clock;

/**
 * One indexed read scoped by the caller's business (another business's customer is simply not found), overdue
 * as of the application clock.
 */
public final class CreditStatusService implements CreditStatusUseCase {

    private final UnitOfWork tx;
    private final CreditStatusQuery query;
    private final Clock clock;

    public CreditStatusService(UnitOfWork tx, CreditStatusQuery query, Clock clock) {
        this.tx = tx;
        this.query = query;
        this.clock = clock;
    }

    @Override
    public CreditStatus status(Actor actor, CustomerId id) {
        return tx.read(() -> query.find(actor.businessId(), id, clock.instant()))
                .map(row -> CreditStatus.of(row.customer(), row.overdue()))
                .orElseThrow(NotFoundException::new);
    }
}
