package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md "Checkout": every payment offered has {@code amount_paid > 0} and a method. */
class TenderTest {

    @Test
    void keeps_amount_method_and_reference() {
        Tender tender = new Tender(Money.of("20.00"), PaymentMethod.CARD, "AUTH-1");

        assertThat(tender.amount()).isEqualTo(Money.of("20.00"));
        assertThat(tender.method()).isEqualTo(PaymentMethod.CARD);
        assertThat(tender.reference()).isEqualTo("AUTH-1");
    }

    @Test
    void a_missing_reference_is_empty() {
        assertThat(new Tender(Money.of("1.00"), PaymentMethod.CASH, null).reference()).isEmpty();
    }

    @Test
    void refuses_a_zero_amount() {
        assertThatThrownBy(() -> new Tender(Money.ZERO, PaymentMethod.CASH, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_ERROR");
                    assertThat(e.details()).containsExactly(Map.entry("amount_paid", List.of("Must be greater than zero.")));
                });
    }

    @Test
    void refuses_a_missing_amount_or_method() {
        assertThatThrownBy(() -> new Tender(null, PaymentMethod.CASH, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Tender(Money.of("1.00"), null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsKey("payment_method"));
    }
}
