package io.salescore.adapter.http.inventory;

import io.salescore.application.inventory.port.LiveHold;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.inventory.port.in.GetAvailabilityUseCase;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code GET /inventory/api/storefronts/{storefront}/stock-products/{product}/availability/}. */
public final class AvailabilityRoutes implements Routes {

    private final GetAvailabilityUseCase availability;

    public AvailabilityRoutes(GetAvailabilityUseCase availability) {
        this.availability = availability;
    }

    record HoldBody(UUID id, UUID saleId, BigDecimal quantity, String customerName, Instant expiresAt,
                    Instant createdAt) {
    }

    record BatchBody(UUID id, BigDecimal quantity, BigDecimal remainingQuantity, String retailPrice,
                     String wholesalePrice, LocalDate expiryDate, String warehouse) {
    }

    record AvailabilityBody(UUID storefront, UUID product, BigDecimal totalAvailable, BigDecimal reservedQuantity,
                            BigDecimal unreservedQuantity, List<HoldBody> reservations, List<BatchBody> batches) {
    }

    @Override
    public void register(RouteRegistry api) {
        api.get("/inventory/api/storefronts/{storefront}/stock-products/{product}/availability/", (ctx, actor) -> {
            var a = availability.availability(actor, StorefrontId.of(Params.pathId(ctx, "storefront")),
                    ProductId.of(Params.pathId(ctx, "product")));
            BigDecimal reserved = a.holds().stream().map(LiveHold::quantity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal unreserved = a.quantity().subtract(reserved).max(BigDecimal.ZERO);
            Json.ok(ctx, new AvailabilityBody(a.storefront().value(), a.product().value(), Json.number(a.quantity()),
                    Json.number(reserved), Json.number(unreserved),
                    a.holds().stream().map(h -> new HoldBody(h.id().value(), h.sale().value(), Json.number(h.quantity()),
                            h.customerName(), Json.time(h.expiresAt()), Json.time(h.createdAt()))).toList(),
                    a.batches().stream().map(b -> new BatchBody(b.id().value(), Json.number(b.quantity()),
                            Json.number(b.remainingQuantity()), b.retailPrice().toString(),
                            b.wholesalePrice().map(Object::toString).orElse(null), b.expiryDate().orElse(null),
                            b.warehouseName())).toList()));
        });
    }
}
