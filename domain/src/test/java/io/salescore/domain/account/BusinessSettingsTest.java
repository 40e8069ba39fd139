package io.salescore.domain.account;

import io.salescore.domain.access.Role;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md "Prices are the shop's": what a CASHIER may give by hand, and that MANAGER and above may. */
class BusinessSettingsTest {

    private static final Instant T = Instant.parse("2026-12-02T10:00:00Z");
    private final BusinessSettings shop = BusinessSettings.DEFAULTS;

    private static Sale saleWith(String price, String quantity, String discountPercentage) {
        Sale sale = Sale.open(SaleId.of(UUID.randomUUID()), BusinessId.of(UUID.randomUUID()),
                StorefrontId.of(UUID.randomUUID()), UserId.of(UUID.randomUUID()), CustomerId.of(UUID.randomUUID()),
                SaleType.RETAIL, PaymentType.CASH, null, T);
        sale.addLine(SaleItemId.of(UUID.randomUUID()), ProductId.of(UUID.randomUUID()),
                StockProductId.of(UUID.randomUUID()), "Radio", "R1", "pcs", Quantity.of(quantity), Money.of(price), true,
                Percentage.of(discountPercentage), Percentage.ZERO, T);
        return sale;
    }

    private static void refused(Runnable call, String field, String allowed, String requested) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.code()).isEqualTo("PRICE_OVERRIDE_NOT_ALLOWED");
            assertThat(e.details()).containsEntry("field", field).containsEntry("allowed", allowed)
                    .containsEntry("requested", requested);
        });
    }

    @Test
    void the_defaults_are_those_of_the_contract() {
        assertThat(shop.cashierPriceOverride()).isFalse();
        assertThat(shop.cashierMaxDiscountPercentage()).isEqualTo(Percentage.ZERO);
        assertThat(shop.cashierMaySellWholesale()).isFalse();
        assertThat(shop.cashierMaxPayOut()).isEqualTo(Money.ZERO);
        assertThat(shop.refundWindowDays()).isEqualTo(30);
        assertThat(shop.cashRounding()).isEqualTo(Money.of("0.01"));
    }

    @Test
    void a_cashier_must_give_the_shops_price_down_to_free_being_refused() {
        refused(() -> shop.requirePrice(Role.CASHIER, Money.of("25.00"), Money.of("0.00")), "unit_price", "25.00", "0.00");
        assertThatCode(() -> shop.requirePrice(Role.CASHIER, Money.of("25.00"), Money.of("25.00")))
                .doesNotThrowAnyException();
        refused(() -> shop.requirePrice(Role.CASHIER, null, Money.of("3.00")), "unit_price", null, "3.00");
    }

    @Test
    void managers_and_above_may_and_so_may_a_cashier_when_the_shop_allows_it() {
        for (Role role : new Role[]{Role.MANAGER, Role.ADMIN, Role.OWNER}) {
            assertThatCode(() -> shop.requirePrice(role, Money.of("25.00"), Money.of("0.00"))).doesNotThrowAnyException();
            assertThatCode(() -> shop.requireWholesale(role, false, "type")).doesNotThrowAnyException();
            assertThatCode(() -> shop.requireDiscountWithinLimit(role, saleWith("10.00", "1", "100"), "discount_percentage"))
                    .doesNotThrowAnyException();
        }
        BusinessSettings open = new BusinessSettings(true, Percentage.ZERO, false, Money.ZERO, 30, Money.of("0.01"));
        assertThatCode(() -> open.requirePrice(Role.CASHIER, Money.of("25.00"), Money.of("1.00"))).doesNotThrowAnyException();
    }

    @Test
    void the_whole_sales_discount_is_limited_to_the_share_of_its_gross() {
        BusinessSettings tenPercent = new BusinessSettings(false, Percentage.of("10"), false, Money.ZERO, 30,
                Money.of("0.01"));
        assertThatCode(() -> tenPercent.requireDiscountWithinLimit(Role.CASHIER, saleWith("50.00", "2", "10"),
                "discount_percentage")).doesNotThrowAnyException();
        refused(() -> tenPercent.requireDiscountWithinLimit(Role.CASHIER, saleWith("50.00", "2", "10.5"),
                "discount_percentage"), "discount_percentage", "10.00", "10.50");
        Sale saleLevel = saleWith("50.00", "2", "5");
        saleLevel.update(Optional.of(Money.of("6.00")), Optional.empty(), Optional.empty(), Optional.empty(), T);
        refused(() -> tenPercent.requireDiscountWithinLimit(Role.CASHIER, saleLevel, "discount_amount"),
                "discount_amount", "10.00", "11.00");
        refused(() -> shop.requireDiscountWithinLimit(Role.CASHIER, saleWith("10.00", "1", "100"), "discount_percentage"),
                "discount_percentage", "0.00", "10.00");
    }

    @Test
    void wholesale_tax_and_sale_tax_are_the_shops_too() {
        refused(() -> shop.requireWholesale(Role.CASHIER, false, "type"), "type", "RETAIL", "WHOLESALE");
        assertThatCode(() -> shop.requireWholesale(Role.CASHIER, true, "type")).doesNotThrowAnyException();
        refused(() -> shop.requireTaxRate(Role.CASHIER, Percentage.of("15"), Percentage.ZERO), "tax_rate", "15.00", "0.00");
        refused(() -> shop.requireSaleTax(Role.CASHIER, Money.ZERO, Money.of("-0.00").plus(Money.of("1.00"))),
                "tax_amount", "0.00", "1.00");
        assertThat(BusinessSettings.isSet(Money.of("0.00"))).isFalse();
        assertThat(BusinessSettings.isSet(Money.of("4.00"))).isTrue();
    }

    @Test
    void settings_out_of_range_are_refused() {
        assertThatThrownBy(() -> new BusinessSettings(false, Percentage.ZERO, false, Money.ZERO, 30, Money.of("0.02")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessSettings(false, Percentage.ZERO, false, Money.ZERO, -1, Money.of("0.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
