package io.salescore.domain.sale;

import java.util.Optional;

/** How a sale is settled at checkout. CASH, CARD and MOBILE require every payment to use that method. */
public enum PaymentType {
    CASH, CARD, MOBILE, CREDIT, MIXED;

    /** The single payment method this type requires, if it requires one. */
    public Optional<PaymentMethod> requiredMethod() {
        return switch (this) {
            case CASH -> Optional.of(PaymentMethod.CASH);
            case CARD -> Optional.of(PaymentMethod.CARD);
            case MOBILE -> Optional.of(PaymentMethod.MOBILE);
            case CREDIT, MIXED -> Optional.empty();
        };
    }
}
