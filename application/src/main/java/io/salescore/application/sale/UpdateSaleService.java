package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.UpdateSaleUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.out.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.Sale;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PATCH of a DRAFT sale's discount, tax, notes or payment type; a no-op changes nothing. */
public final class UpdateSaleService implements UpdateSaleUseCase {

    private final UnitOfWork tx;
    private final SaleLocks locks;
    private final SaleRepository sales;
    private final ReservationRepository reservations;
    private final AuditLogRepository audit;
    private final ReservationPolicy policy;
    private final Clock clock;

    private final io.salescore.application.sale.port.out.SaleCatalog catalog;

    public UpdateSaleService(UnitOfWork tx, SaleRepository sales, io.salescore.application.sale.port.out.SaleCatalog catalog,
                             ReservationRepository reservations, AuditLogRepository audit, ReservationPolicy policy,
                             Clock clock) {
        this.tx = tx;
        this.catalog = catalog;
        this.locks = new SaleLocks(sales);
        this.sales = sales;
        this.reservations = reservations;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public SaleView update(Actor actor, Command command) {
        return tx.inTransaction(() -> {
            SaleView view = locks.lock(actor, command.sale(), command.ifMatch());
            command.changes().requireParsable();
            Sale sale = view.sale();
            sale.requireChangeable();
            Changes changes = command.changes().get();
            Sale.State before = sale.state();
            Instant now = clock.instant();
            if (!sale.update(changes.discountAmount(), changes.taxAmount(), changes.notes(), changes.paymentType(), now)) {
                return view;
            }
            Sale.State after = sale.state();
            if (changes.discountAmount().isPresent() || changes.taxAmount().isPresent()) {
                PriceRules.of(catalog, actor).ifPresent(r -> {
                    changes.taxAmount().ifPresent(t -> r.requireSaleTax(actor.role(), before.taxAmount(), t));
                    changes.discountAmount().ifPresent(d -> r.requireDiscountWithinLimit(actor.role(), sale,
                            "discount_amount"));
                });
            }
            Map<String, Object> diff = new LinkedHashMap<>();
            put(diff, "discount_amount", before.discountAmount(), after.discountAmount());
            put(diff, "tax_amount", before.taxAmount(), after.taxAmount());
            put(diff, "notes", before.notes(), after.notes());
            put(diff, "payment_type", before.paymentType(), after.paymentType());
            sales.update(sale);
            audit.append(actor, now, List.of(SaleEvents.saleUpdated(sale, diff)));
            Instant until = policy.expiryFrom(now);
            reservations.extendLive(actor.businessId(), sale.id(), now, until);
            return view.withLiveHoldsExtended(now, until);
        });
    }

    private static void put(Map<String, Object> diff, String field, Object before, Object after) {
        if (!String.valueOf(before).equals(String.valueOf(after))) {
            diff.put(field, Map.of("old", String.valueOf(before), "new", String.valueOf(after)));
        }
    }
}
