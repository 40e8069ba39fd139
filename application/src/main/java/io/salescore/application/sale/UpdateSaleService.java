package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.sale.port.in.UpdateSaleUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.Sale;

import java.time.Clock;

/** PATCH of a DRAFT sale's discount, tax, notes or payment type; a no-op changes nothing. */
public final class UpdateSaleService implements UpdateSaleUseCase {

    private final SaleChanges saleChanges;
    private final SaleCatalog catalog;

    public UpdateSaleService(UnitOfWork tx, SaleRepository sales, SaleCatalog catalog,
                             HoldLedger reservations, AuditLogRepository audit, ReservationPolicy policy,
                             Clock clock) {
        this.saleChanges = new SaleChanges(tx, sales, reservations, audit, policy, clock);
        this.catalog = catalog;
    }

    @Override
    public SaleView update(Actor actor, Command command) {
        return saleChanges.onSale(actor, command.sale(), command.expectedVersion(), command.changes(), Sale::requireChangeable,
                c -> {
            Sale sale = c.sale();
            Changes changes = command.changes().get();
            Sale.State before = sale.state();
            if (!sale.update(changes.discountAmount(), changes.taxAmount(), changes.notes(), changes.paymentType(),
                    c.now())) {
                return c.view();
            }
            if (changes.discountAmount().isPresent() || changes.taxAmount().isPresent()) {
                PriceRules.of(catalog, actor).ifPresent(r -> {
                    changes.taxAmount().ifPresent(t -> r.requireSaleTax(actor.role(), before.taxAmount(), t));
                    changes.discountAmount().ifPresent(d -> r.requireDiscountWithinLimit(actor.role(), sale,
                            "discount_amount"));
                });
            }
            return c.save(c.recorded());
        });
    }
}
