package io.salescore.application.sale.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.SaleId;

import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/** Changes the sale-level discount, tax, notes or payment type of a DRAFT sale. */
public interface UpdateSaleUseCase {

    record Changes(Optional<Money> discountAmount, Optional<Money> taxAmount, Optional<String> notes,
                   Optional<PaymentType> paymentType) {
    }

    record Command(SaleId sale, Optional<ExpectedVersion> expectedVersion, Input<Changes> changes) {
    }

    SaleView update(Actor actor, Command command);
}
