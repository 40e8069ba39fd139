package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PaymentId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void a_recorded_payment_is_more_than_zero() {
        assertThatThrownBy(() -> new Payment(PaymentId.of(UUID.randomUUID()), Money.ZERO, PaymentMethod.CASH, null,
                NOW, UserId.of(UUID.randomUUID())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsKey("amount_paid"));
    }

    @Test
    void keeps_its_facts_and_an_empty_reference_when_none_is_given() {
        PaymentId id = PaymentId.of(UUID.randomUUID());
        UserId cashier = UserId.of(UUID.randomUUID());

        Payment payment = new Payment(id, Money.of("12.50"), PaymentMethod.MOBILE, null, NOW, cashier);

        assertThat(payment.id()).isEqualTo(id);
        assertThat(payment.amount()).isEqualTo(Money.of("12.50"));
        assertThat(payment.method()).isEqualTo(PaymentMethod.MOBILE);
        assertThat(payment.reference()).isEmpty();
        assertThat(payment.createdAt()).isEqualTo(NOW);
        assertThat(payment.processedBy()).isEqualTo(cashier);
    }
}
