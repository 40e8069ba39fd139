package io.salescore.application.inventory;

import io.salescore.application.catalog.port.StockProductView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.inventory.StorefrontCode;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.WarehouseId;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A business with a storefront, a product and a batch of it, for service tests. */
final class StockFixtures {

    final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    final BusinessId business = BusinessId.of(UUID.randomUUID());
    final Storefront storefront = Storefront.open(StorefrontId.of(UUID.randomUUID()), business, "Main Street", "",
            new StorefrontCode("MAIN"), now);
    final Storefront otherStorefront = Storefront.open(StorefrontId.of(UUID.randomUUID()), business, "Airport", "",
            new StorefrontCode("AIR"), now);
    final Product product = Product.create(ProductId.of(UUID.randomUUID()), business, "Cola", "COLA", null, null,
            null, now);
    final StockProduct batch = StockProduct.receive(StockProductId.of(UUID.randomUUID()), product,
            WarehouseId.of(UUID.randomUUID()), Quantity.of(20), Money.of("0.50"), Money.of("1.20"), null, null, null,
            now);
    final StockProductView batchView = new StockProductView(batch, "Cola", "Main Warehouse");

    Actor actor(Role role, StorefrontId... assigned) {
        return new Actor(UserId.of(UUID.randomUUID()), role.name().toLowerCase(), business, role, Set.of(assigned),
                "127.0.0.1", "test");
    }
}
