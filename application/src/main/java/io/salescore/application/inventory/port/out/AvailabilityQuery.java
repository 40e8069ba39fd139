package io.salescore.application.inventory.port.out;

import io.salescore.application.inventory.port.Availability;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;

import java.time.Instant;
import java.util.Optional;

/** Port: the stock picture of one product in one storefront, in at most three statements whatever the holds. */
public interface AvailabilityQuery {

    /** Empty when the storefront or the product is not the business's. */
    Optional<Availability> find(BusinessId business, StorefrontId storefront, ProductId product, Instant now);
}
