package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.sale.port.in.CreateSaleUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Opens a DRAFT sale after checking the storefront (exists, active, the caller's) and the customer. */
public final class CreateSaleService implements CreateSaleUseCase {

    private final UnitOfWork tx;
    private final SaleRepository sales;
    private final SaleCatalog catalog;
    private final AuditLogRepository audit;
    private final IdGenerator ids;
    private final Clock clock;

    public CreateSaleService(UnitOfWork tx, SaleRepository sales, SaleCatalog catalog, AuditLogRepository audit,
                             IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.sales = sales;
        this.catalog = catalog;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public SaleView create(Actor actor, Command command) {
        return tx.inTransaction(() -> {
            SaleCatalog.Storefront storefront = catalog.storefront(actor.businessId(), command.storefront())
                    .orElseThrow(() -> ValidationException.field("storefront", "Not found."));
            actor.requireStorefront(storefront.id());
            if (!storefront.active()) {
                throw ValidationException.field("storefront", "This storefront is inactive and takes no new sales.");
            }
            SaleCatalog.Customer customer = catalog.customerOrWalkIn(actor.businessId(), command.customer())
                    .orElseThrow(() -> ValidationException.field("customer", "Not found."));
            if (!customer.active()) {
                throw new io.salescore.domain.shared.BusinessRuleException("CUSTOMER_INACTIVE", "Customer is inactive",
                        "", Map.of(), Map.of("message", "Choose an active customer."));
            }
            if (command.type() == io.salescore.domain.sale.SaleType.WHOLESALE) {
                PriceRules.of(catalog, actor).ifPresent(r -> r.requireWholesale(actor.role(), customer.wholesale(),
                        "type"));
            }
            Instant now = clock.instant();
            Sale sale = Sale.open(SaleId.of(ids.newId()), actor.businessId(), storefront.id(), actor.userId(),
                    customer.id(), command.type(), command.paymentType(), command.notes(), now);
            sales.insert(sale);
            audit.append(actor, now, SaleEvents.take(sale, SaleEvents.Facts.NONE.withCustomer(customer.name())));
            return new SaleView(sale, storefront.name(), storefront.code(), actor.name(), customer.name(), Map.of(), null,
                    catalog.business(actor.businessId()).name());
        });
    }
}
