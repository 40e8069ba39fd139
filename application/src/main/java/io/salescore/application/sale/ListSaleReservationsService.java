package io.salescore.application.sale;

import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.HoldQueries;
import io.salescore.application.sale.port.in.ListSaleReservationsUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.SaleId;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The holds of a sale; an ACTIVE hold past its time is shown (and filtered) as EXPIRED. */
public final class ListSaleReservationsService implements ListSaleReservationsUseCase {

    private final UnitOfWork tx;
    private final SaleRepository sales;
    private final HoldQueries reservations;
    private final Clock clock;

    public ListSaleReservationsService(UnitOfWork tx, SaleRepository sales, HoldQueries reservations,
                                       Clock clock) {
        this.tx = tx;
        this.sales = sales;
        this.reservations = reservations;
        this.clock = clock;
    }

    @Override
    public Result list(Actor actor, SaleId saleId, Optional<ReservationStatus> status) {
        return tx.inTransaction(() -> {
            var view = sales.find(actor.businessId(), saleId).orElseThrow(NotFoundException::new);
            actor.requireStorefront(view.sale().storefrontId());
            Instant now = clock.instant();
            var rows = reservations.ofSale(actor.businessId(), saleId).stream()
                    .filter(r -> status.isEmpty() || r.reservation().effectiveStatus(now) == status.get())
                    .toList();
            return new Result(rows, now);
        });
    }
}
