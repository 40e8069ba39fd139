package io.salescore.application.inventory.port;

import io.salescore.domain.inventory.MovementKind;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;

import java.time.Instant;

/** Which ledger entries a list shows: any of the fields may be {@code null}; both time bounds are inclusive. */
public record StockMovementFilter(StorefrontId storefront, ProductId product, MovementKind kind, Instant from,
                                  Instant to) {
}
