package io.salescore.application.sale.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.SaleId;

import java.util.List;
import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/**
 * Checkout: in one transaction, every line holds its stock (re-holding if needed), payments are checked, any
 * amount left due becomes the customer's credit, stock is taken, and the sale gets its receipt number. Any
 * failure leaves the sale DRAFT with nothing changed.
 */
public interface CompleteSaleUseCase {

    /** {@code session}: the OPEN till session the money goes to (else the caller's own there, if any). */
    record Checkout(Optional<PaymentType> paymentType, List<Tender> payments, Optional<Money> discountAmount,
                    Optional<Money> taxAmount, Optional<String> notes, Optional<java.util.UUID> session) {

        public Checkout(Optional<PaymentType> paymentType, List<Tender> payments, Optional<Money> discountAmount,
                        Optional<Money> taxAmount, Optional<String> notes) {
            this(paymentType, payments, discountAmount, taxAmount, notes, Optional.empty());
        }
    }

    record Command(SaleId sale, Optional<ExpectedVersion> expectedVersion, Input<Checkout> checkout) {
    }

    SaleView complete(Actor actor, Command command);
}
