package io.salescore.application.sale;

import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Sales, lines and holds for service tests, at a fixed time. */
final class SaleFixtures {

    final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    final BusinessId business = BusinessId.of(UUID.randomUUID());
    final StorefrontId storefront = StorefrontId.of(UUID.randomUUID());
    final Actor owner = new Actor(UserId.of(UUID.randomUUID()), "Owner", business, Role.OWNER, Set.of(), "127.0.0.1", "test");
    final ProductId product = ProductId.of(UUID.randomUUID());
    final StockProductId batch = StockProductId.of(UUID.randomUUID());
    final CustomerId walkIn = CustomerId.of(UUID.randomUUID());
    final ReservationPolicy policy = ReservationPolicy.defaults();

    Sale draft() {
        return Sale.open(SaleId.of(UUID.randomUUID()), business, storefront, owner.userId(), walkIn, SaleType.RETAIL,
                PaymentType.CASH, "", now.minusSeconds(60));
    }

    SaleLine addLine(Sale sale, String quantity, String price) {
        return sale.addLine(SaleItemId.of(UUID.randomUUID()), product, batch, "Cola", "SKU-1", "pcs",
                Quantity.of(quantity), Money.of(price), true, Percentage.ZERO, Percentage.ZERO, now.minusSeconds(30));
    }

    Reservation hold(Sale sale, SaleLine line, Instant expiresAt) {
        return new Reservation(ReservationId.of(UUID.randomUUID()), sale.id(), line.id(), sale.storefrontId(),
                line.productId(), line.stockProductId(), line.quantity(),
                io.salescore.domain.inventory.ReservationStatus.ACTIVE, expiresAt, now.minusSeconds(30), null, null);
    }

    /** The sale as a repository hands it out: read back, so it carries no events of how the test built it. */
    SaleView view(Sale sale, Map<SaleItemId, Reservation> holds) {
        sale.takeEvents();
        return new SaleView(sale, "Main", "MAIN", "Owner", "Walk-in Customer", new LinkedHashMap<>(holds), null);
    }

    SaleCatalog.PricedProduct priced() {
        return new SaleCatalog.PricedProduct(product, "Cola", "SKU-1", "pcs", true,
                Optional.of(new SaleCatalog.Batch(batch, Money.of("20.00"), Optional.of(Money.of("18.00")))),
                io.salescore.domain.shared.Percentage.ZERO);
    }

    Instant live() {
        return now.plus(Duration.ofMinutes(10));
    }

    Instant past() {
        return now.minus(Duration.ofMinutes(1));
    }
}
