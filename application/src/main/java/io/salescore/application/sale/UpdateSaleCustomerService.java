package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.sale.port.in.UpdateSaleCustomerUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.NotFoundException;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * update_customer. Under the sale's row lock, so concurrent changes line up: each audit entry's "old" is the
 * previous entry's "new". The same customer again answers 200 and changes nothing (no entry, no version).
 */
public final class UpdateSaleCustomerService implements UpdateSaleCustomerUseCase {

    private final SaleChanges changes;
    private final SaleCatalog catalog;

    public UpdateSaleCustomerService(UnitOfWork tx, SaleRepository sales, SaleCatalog catalog,
                                     HoldLedger reservations, AuditLogRepository audit,
                                     ReservationPolicy policy, Clock clock) {
        this.changes = new SaleChanges(tx, sales, reservations, audit, policy, clock);
        this.catalog = catalog;
    }

    @Override
    public Result update(Actor actor, Command command) {
        return changes.onSale(actor, command.sale(), command.expectedVersion(), command.customer(),
                Sale::requireCustomerChangeable, c -> {
            Sale sale = c.sale();
            CustomerId wanted = command.customer().get();
            SaleCatalog.Customer customer = catalog.customerOrWalkIn(actor.businessId(), Optional.of(wanted))
                    .orElseThrow(() -> notFound(actor, wanted));
            if (!customer.active()) {
                throw new BusinessRuleException("CUSTOMER_INACTIVE", "Customer is inactive", "", Map.of(),
                        Map.of("message", "Choose an active customer."));
            }
            String previous = c.view().customerName();
            if (!sale.changeCustomer(customer.id(), c.now())) {
                return new Result(c.view(), previous, customer.name(), false);
            }
            SaleView saved = c.save(c.recorded(SaleEvents.Facts.NONE.withCustomerChange(previous, customer.name())));
            return new Result(saved.withCustomerName(customer.name()), previous, customer.name(), true);
        });
    }

    private static NotFoundException notFound(Actor actor, CustomerId customer) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("customer_id", customer.toString());
        extra.put("business_id", actor.businessId().toString());
        extra.put("message", "The customer must exist and belong to the same business as the sale");
        return new NotFoundException("CUSTOMER_NOT_FOUND", "Customer not found or does not belong to this business",
                "", extra);
    }
}
