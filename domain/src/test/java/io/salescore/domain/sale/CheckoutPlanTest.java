package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outcome a checkout records: DRAFT ──complete──► COMPLETED | PARTIAL | PENDING only. */
class CheckoutPlanTest {

    private static CheckoutPlan plan(SaleStatus status, List<Tender> tenders, String creditDue) {
        return new CheckoutPlan(status, PaymentType.CREDIT, tenders, Money.ZERO, Money.ZERO, Money.of(creditDue),
                Money.ZERO, Money.ZERO, "");
    }

    @ParameterizedTest
    @EnumSource(value = SaleStatus.class, names = {"COMPLETED", "PARTIAL", "PENDING"})
    void ends_in_a_status_complete_may_reach(SaleStatus status) {
        assertThat(plan(status, List.of(), "0.00").status()).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(value = SaleStatus.class, names = {"DRAFT", "CANCELLED"})
    void never_ends_draft_or_cancelled(SaleStatus status) {
        assertThatThrownBy(() -> plan(status, List.of(), "0.00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needs_credit_when_something_is_left_due() {
        assertThat(plan(SaleStatus.PENDING, List.of(), "69.00").needsCredit()).isTrue();
        assertThat(plan(SaleStatus.COMPLETED, List.of(), "0.00").needsCredit()).isFalse();
    }

    @Test
    void keeps_an_unmodifiable_copy_of_the_tenders() {
        List<Tender> tenders = new ArrayList<>(List.of(new Tender(Money.of("5.00"), PaymentMethod.CASH, null)));
        CheckoutPlan plan = plan(SaleStatus.PARTIAL, tenders, "64.00");
        tenders.clear();

        assertThat(plan.tenders()).hasSize(1);
        assertThatThrownBy(() -> plan.tenders().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missing_notes_are_empty() {
        CheckoutPlan plan = new CheckoutPlan(SaleStatus.COMPLETED, PaymentType.CASH, List.of(), Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null);

        assertThat(plan.notes()).isEmpty();
    }
}
