package io.salescore.application.sale.port.in;

import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.StorefrontId;

import java.util.Optional;

/** Opens a DRAFT sale (a cart) in a storefront; the customer defaults to the walk-in customer. */
public interface CreateSaleUseCase {

    record Command(StorefrontId storefront, Optional<CustomerId> customer, SaleType type, PaymentType paymentType,
                   String notes) {
    }

    SaleView create(Actor actor, Command command);
}
