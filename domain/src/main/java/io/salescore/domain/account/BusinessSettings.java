package io.salescore.domain.account;

import io.salescore.domain.access.Role;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A business's settings: prices are the shop's, not the cashier's. A CASHIER may not give a price, a tax or a
 * wholesale type the shop did not set, nor a whole-sale discount above {@code cashierMaxDiscountPercentage} of
 * the sale's gross, unless the setting allows it; MANAGER and above may. A refusal is
 * {@code PRICE_OVERRIDE_NOT_ALLOWED} (400, not 403) naming the field, what is allowed and what was asked.
 */
public record BusinessSettings(boolean cashierPriceOverride, Percentage cashierMaxDiscountPercentage,
                               boolean cashierMaySellWholesale, Money cashierMaxPayOut, int refundWindowDays,
                               Money cashRounding) {

    public static final String REFUSED = "PRICE_OVERRIDE_NOT_ALLOWED";
    /** The cash rounding steps a business can choose. */
    public static final Set<BigDecimal> CASH_ROUNDINGS = Set.of(new BigDecimal("0.01"), new BigDecimal("0.05"),
            new BigDecimal("0.10"));

    public static final BusinessSettings DEFAULTS = new BusinessSettings(false, Percentage.ZERO, false, Money.ZERO, 30,
            Money.of("0.01"));

    public BusinessSettings {
        if (refundWindowDays < 0 || refundWindowDays > 3650) {
            throw new IllegalArgumentException("refund_window_days must be 0..3650");
        }
        if (CASH_ROUNDINGS.stream().noneMatch(r -> r.compareTo(cashRounding.amount()) == 0)) {
            throw new IllegalArgumentException("cash_rounding must be 0.01, 0.05 or 0.10");
        }
    }

    /** Whether this role is held to the cashier's limits. */
    public static boolean restricted(Role role) {
        return role == Role.CASHIER;
    }

    /** A hand-given unit price: a CASHIER must give the shop's price (the batch's, or the line's current one). */
    public void requirePrice(Role role, Money allowed, Money requested) {
        if (restricted(role) && !cashierPriceOverride && (allowed == null || allowed.compareTo(requested) != 0)) {
            throw refused("unit_price", allowed == null ? null : allowed.toString(), requested.toString());
        }
    }

    /** A hand-given tax rate: a CASHIER must give the product's own rate. */
    public void requireTaxRate(Role role, Percentage allowed, Percentage requested) {
        if (restricted(role) && !cashierPriceOverride && allowed.value().compareTo(requested.value()) != 0) {
            throw refused("tax_rate", allowed.toString(), requested.toString());
        }
    }

    /** A hand-given sale-level tax amount: a CASHIER may not change it. */
    public void requireSaleTax(Role role, Money current, Money requested) {
        if (restricted(role) && !cashierPriceOverride && current.compareTo(requested) != 0) {
            throw refused("tax_amount", current.toString(), requested.toString());
        }
    }

    /** Creating or toggling to WHOLESALE: a CASHIER needs the setting, unless the customer is a wholesale one. */
    public void requireWholesale(Role role, boolean wholesaleCustomer, String field) {
        if (restricted(role) && !cashierMaySellWholesale && !wholesaleCustomer) {
            throw refused(field, "RETAIL", "WHOLESALE");
        }
    }

    /**
     * The whole sale's discount (Σ line discount amounts + the sale's discount amount) for a CASHIER stays within
     * the limit's share of Σ gross (price × quantity). {@code field} names what the cashier gave.
     */
    public void requireDiscountWithinLimit(Role role, Sale sale, String field) {
        requireDiscountWithinLimit(role, sale, sale.totals().discountAmount(), field);
    }

    /** The same, with the sale-level discount about to be applied (checkout's {@code discount_amount}). */
    public void requireDiscountWithinLimit(Role role, Sale sale, Money saleDiscount, String field) {
        if (!restricted(role) || cashierPriceOverride) {
            return;
        }
        Money gross = Money.ZERO;
        Money discount = saleDiscount;
        for (SaleLine line : sale.lines()) {
            gross = gross.plus(line.amounts().gross());
            discount = discount.plus(line.discountAmount());
        }
        Money allowed = Money.rounded(gross.amount().multiply(cashierMaxDiscountPercentage.value())
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        if (discount.isGreaterThan(allowed)) {
            throw refused(field, allowed.toString(), discount.toString());
        }
    }

    private static BusinessRuleException refused(String field, String allowed, String requested) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        details.put("allowed", allowed);
        details.put("requested", requested);
        return new BusinessRuleException(REFUSED, "Your role may not set this price, tax or discount. "
                + "Ask a manager.", "A CASHIER gave " + field + " " + requested + "; the business allows "
                + (allowed == null ? "none" : allowed) + ".", details, Map.of());
    }

    /** A wholesale price of 0.00 counts as unset. */
    public static boolean isSet(Money wholesalePrice) {
        return wholesalePrice != null && !wholesalePrice.isZero();
    }
}
