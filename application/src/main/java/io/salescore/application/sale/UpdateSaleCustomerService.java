package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.UpdateSaleCustomerUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.out.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * update_customer. Under the sale's row lock, so concurrent changes line up: each audit entry's "old" is the
 * previous entry's "new". The same customer again answers 200 and changes nothing (no entry, no version).
 */
public final class UpdateSaleCustomerService implements UpdateSaleCustomerUseCase {

    private final UnitOfWork tx;
    private final SaleLocks locks;
    private final SaleRepository sales;
    private final SaleCatalog catalog;
    private final ReservationRepository reservations;
    private final AuditLogRepository audit;
    private final ReservationPolicy policy;
    private final Clock clock;

    public UpdateSaleCustomerService(UnitOfWork tx, SaleRepository sales, SaleCatalog catalog,
                                     ReservationRepository reservations, AuditLogRepository audit,
                                     ReservationPolicy policy, Clock clock) {
        this.tx = tx;
        this.locks = new SaleLocks(sales);
        this.sales = sales;
        this.catalog = catalog;
        this.reservations = reservations;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Result update(Actor actor, Command command) {
        return tx.inTransaction(() -> {
            SaleView view = locks.lock(actor, command.sale(), command.ifMatch());
            command.customer().requireParsable();
            Sale sale = view.sale();
            sale.requireCustomerChangeable();
            CustomerId wanted = command.customer().get();
            SaleCatalog.Customer customer = catalog.customerOrWalkIn(actor.businessId(), Optional.of(wanted))
                    .orElseThrow(() -> notFound(actor, wanted));
            if (!customer.active()) {
                throw new BusinessRuleException("CUSTOMER_INACTIVE", "Customer is inactive", "", Map.of(),
                        Map.of("message", "Choose an active customer."));
            }
            String previous = view.customerName();
            CustomerId previousId = sale.customerId();
            Instant now = clock.instant();
            if (!sale.changeCustomer(customer.id(), now)) {
                return new Result(view, previous, customer.name(), false);
            }
            sales.update(sale);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("old_customer_id", previousId.toString());
            data.put("old_customer_name", previous);
            data.put("new_customer_id", customer.id().toString());
            data.put("new_customer_name", customer.name());
            data.put("sale_status", sale.status().name());
            audit.append(actor, now, List.of(AuditEvent.of("sale.customer_updated",
                            "Customer updated from \"" + previous + "\" to \"" + customer.name() + "\" on sale " + sale.id(),
                            data).withSale(sale.storefrontId(), sale.id()).withCustomer(customer.id())));
            Instant until = policy.expiryFrom(now);
            reservations.extendLive(actor.businessId(), sale.id(), now, until);
            return new Result(view.withCustomerName(customer.name()).withLiveHoldsExtended(now, until), previous,
                    customer.name(), true);
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
