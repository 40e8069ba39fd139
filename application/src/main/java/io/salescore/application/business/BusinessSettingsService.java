package io.salescore.application.business;

import io.salescore.application.business.port.BusinessDetails;
import io.salescore.application.audit.ChangeEvents;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.business.port.in.BusinessSettingsUseCase;
import io.salescore.application.business.port.out.BusinessRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.account.BusinessSettings;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and changes the caller's business; a change locks the business row and is audited with before and after. */
public final class BusinessSettingsService implements BusinessSettingsUseCase {

    private final UnitOfWork tx;
    private final BusinessRepository businesses;
    private final AuditLogRepository audit;
    private final Clock clock;

    public BusinessSettingsService(UnitOfWork tx, BusinessRepository businesses, AuditLogRepository audit, Clock clock) {
        this.tx = tx;
        this.businesses = businesses;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public BusinessDetails get(Actor actor) {
        return tx.read(() -> businesses.find(actor.businessId()).orElseThrow(NotFoundException::new));
    }

    @Override
    public BusinessDetails update(Actor actor, Changes c) {
        actor.requireOwnerOrAdmin();
        return tx.inTransaction(() -> {
            BusinessDetails before = businesses.lockForUpdate(actor.businessId()).orElseThrow(NotFoundException::new);
            BusinessSettings s = before.settings();
            String currency = c.currency().orElse(before.currency());
            if (!currency.equals(before.currency()) && businesses.hasSales(actor.businessId())) {
                throw ValidationException.field("currency", "Cannot change once the business has a sale.");
            }
            BusinessSettings settings;
            try {
                settings = new BusinessSettings(c.cashierPriceOverride().orElse(s.cashierPriceOverride()),
                        c.cashierMaxDiscountPercentage().orElse(s.cashierMaxDiscountPercentage()),
                        c.cashierMaySellWholesale().orElse(s.cashierMaySellWholesale()),
                        c.cashierMaxPayOut().orElse(s.cashierMaxPayOut()),
                        c.refundWindowDays().orElse(s.refundWindowDays()),
                        c.cashRounding().orElse(s.cashRounding()));
            } catch (IllegalArgumentException e) {
                throw ValidationException.field(e.getMessage().startsWith("cash_rounding") ? "cash_rounding"
                        : "refund_window_days", e.getMessage());
            }
            BusinessDetails after = new BusinessDetails(before.id(), c.name().orElse(before.name()), currency,
                    c.timezone().orElse(before.timezone()), settings);
            if (after.equals(before)) {
                return before;
            }
            Instant now = clock.instant();
            businesses.update(after, now);
            ChangeEvents.changed("business", "business_id", after.id().value(), "BusinessDetails " + after.name(),
                    fields(before), fields(after)).ifPresent(e -> audit.append(actor, now, java.util.List.of(e)));
            return after;
        });
    }

    private static Map<String, Object> fields(BusinessDetails b) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", b.name());
        f.put("currency", b.currency());
        f.put("timezone", b.timezone());
        f.put("cashier_price_override", b.settings().cashierPriceOverride());
        f.put("cashier_max_discount_percentage", b.settings().cashierMaxDiscountPercentage().toString());
        f.put("cashier_may_sell_wholesale", b.settings().cashierMaySellWholesale());
        f.put("cashier_max_pay_out", b.settings().cashierMaxPayOut().toString());
        f.put("refund_window_days", b.settings().refundWindowDays());
        f.put("cash_rounding", b.settings().cashRounding().toString());
        return f;
    }
}
