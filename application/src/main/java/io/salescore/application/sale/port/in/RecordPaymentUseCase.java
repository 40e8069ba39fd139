package io.salescore.application.sale.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.SaleId;

import java.util.Optional;

/** Takes a payment on a part-paid or pending sale, up to what is due, lowering the customer's balance by it. */
public interface RecordPaymentUseCase {

    /** {@code session}: the OPEN till session the money goes to (else the caller's own there, if any). */
    record Command(SaleId sale, Optional<ExpectedVersion> expectedVersion, Input<Tender> payment,
                   Optional<java.util.UUID> session) {

        public Command(SaleId sale, Optional<ExpectedVersion> expectedVersion, Input<Tender> payment) {
            this(sale, expectedVersion, payment, Optional.empty());
        }
    }

    record Result(Payment payment, SaleView sale) {
    }

    Result record(Actor actor, Command command);
}
