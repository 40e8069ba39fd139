package io.salescore.application.inventory.port.in;

import io.salescore.application.inventory.port.Availability;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;

/**
 * What a till may still sell of a product: {@code available = quantity − Σ live holds}, the holds (which carts
 * hold it, until when) and the batches that came in.
 */
public interface GetAvailabilityUseCase {

    Availability availability(Actor actor, StorefrontId storefront, ProductId product);
}
