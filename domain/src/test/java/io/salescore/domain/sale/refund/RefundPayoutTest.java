package io.salescore.domain.sale.refund;

import io.salescore.domain.sale.refund.RefundPayout.RefundMethod;
import io.salescore.domain.sale.refund.RefundPayout.Split;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundPayoutTest {

    private static Money m(String v) {
        return Money.of(v);
    }

    private static Split split(String amount, String due, Map<PaymentMethod, Money> taken, RefundMethod method,
                               boolean mayOverride) {
        return RefundPayout.of(m(amount), m(due), taken, Optional.ofNullable(method), m("0.00"), true, mayOverride);
    }

    @Test
    void what_is_still_owed_is_reduced_first_then_the_rest_is_paid_out_by_the_sales_tender() {
        Split s = split("50.00", "20.00", Map.of(PaymentMethod.CASH, m("40.00")), null, false);

        assertThat(s.credit()).isEqualTo(m("20.00"));
        assertThat(s.paidOut()).isEqualTo(m("30.00"));
        assertThat(s.payoutMethod()).isEqualTo(PaymentMethod.CASH);
        assertThat(s.method()).isEqualTo(RefundMethod.CASH);
    }

    @Test
    void a_refund_smaller_than_what_is_due_hands_nothing_back() {
        Split s = split("10.00", "20.00", Map.of(PaymentMethod.CASH, m("5.00")), null, false);

        assertThat(s.credit()).isEqualTo(m("10.00"));
        assertThat(s.paidOut()).isEqualTo(Money.ZERO);
        assertThat(s.payoutMethod()).isNull();
    }

    @Test
    void the_default_is_the_non_cash_method_first_then_cash() {
        Map<PaymentMethod, Money> taken = Map.of(PaymentMethod.CARD, m("40.00"), PaymentMethod.CASH, m("29.00"));

        assertThat(split("30.00", "0.00", taken, null, false).payoutMethod()).isEqualTo(PaymentMethod.CARD);
        assertThat(split("29.00", "0.00", Map.of(PaymentMethod.CASH, m("29.00")), null, false).payoutMethod())
                .isEqualTo(PaymentMethod.CASH);
    }

    @Test
    void no_single_method_covering_the_default_is_refused_naming_refund_method() {
        Map<PaymentMethod, Money> taken = Map.of(PaymentMethod.CARD, m("40.00"), PaymentMethod.CASH, m("29.00"));

        assertThatThrownBy(() -> split("45.00", "0.00", taken, null, false))
                .isInstanceOf(ValidationException.class).hasMessageContaining("refund_method");
    }

    @Test
    void by_a_method_never_more_than_it_took_unless_an_owner_or_admin() {
        Map<PaymentMethod, Money> taken = Map.of(PaymentMethod.CARD, m("40.00"), PaymentMethod.CASH, m("29.00"));

        assertThatThrownBy(() -> split("35.00", "0.00", taken, RefundMethod.CASH, false))
                .isInstanceOf(ValidationException.class);
        assertThat(split("35.00", "0.00", taken, RefundMethod.CASH, true).payoutMethod())
                .isEqualTo(PaymentMethod.CASH);
        assertThatThrownBy(() -> split("70.00", "0.00", taken, RefundMethod.CASH, true))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_method_the_sale_did_not_take_needs_an_owner_or_admin() {
        Map<PaymentMethod, Money> taken = Map.of(PaymentMethod.CASH, m("29.00"));

        assertThatThrownBy(() -> split("10.00", "0.00", taken, RefundMethod.MOBILE, false))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(split("10.00", "0.00", taken, RefundMethod.MOBILE, true).payoutMethod())
                .isEqualTo(PaymentMethod.MOBILE);
    }

    @Test
    void account_lowers_the_balance_on_other_sales_never_below_zero_and_the_rest_by_the_tender() {
        Split s = RefundPayout.of(m("30.00"), m("0.00"), Map.of(PaymentMethod.CASH, m("30.00")),
                Optional.of(RefundMethod.ACCOUNT), m("12.00"), true, false);

        assertThat(s.account()).isEqualTo(m("12.00"));
        assertThat(s.paidOut()).isEqualTo(m("30.00"));
        assertThat(s.byMethod()).isEqualTo(m("18.00"));
        assertThat(s.payoutMethod()).isEqualTo(PaymentMethod.CASH);
        assertThat(s.method()).isEqualTo(RefundMethod.ACCOUNT);
    }

    @Test
    void account_needs_a_named_customer() {
        assertThatThrownBy(() -> RefundPayout.of(m("30.00"), m("0.00"), Map.of(PaymentMethod.CASH, m("30.00")),
                Optional.of(RefundMethod.ACCOUNT), m("0.00"), false, true))
                .isInstanceOf(ValidationException.class).hasMessageContaining("named customer");
    }
}
