package io.salescore.domain.sale;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentTypeTest {

    @Test
    void cash_card_and_mobile_each_require_their_own_method() {
        assertThat(PaymentType.CASH.requiredMethod()).contains(PaymentMethod.CASH);
        assertThat(PaymentType.CARD.requiredMethod()).contains(PaymentMethod.CARD);
        assertThat(PaymentType.MOBILE.requiredMethod()).contains(PaymentMethod.MOBILE);
    }

    @Test
    void credit_and_mixed_take_any_method() {
        assertThat(PaymentType.CREDIT.requiredMethod()).isEqualTo(Optional.empty());
        assertThat(PaymentType.MIXED.requiredMethod()).isEqualTo(Optional.empty());
    }

    @Test
    void the_types_and_methods_of_the_contract() {
        assertThat(PaymentType.values()).extracting(Enum::name)
                .containsExactly("CASH", "CARD", "MOBILE", "CREDIT", "MIXED");
        assertThat(PaymentMethod.values()).extracting(Enum::name)
                .containsExactly("CASH", "CARD", "MOBILE", "BANK_TRANSFER", "OTHER");
    }
}
