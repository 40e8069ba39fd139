package io.salescore.application.inventory.port.out;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the stock picture of one product in one storefront, in at most three statements whatever the holds. */
public interface AvailabilityQuery {

    /** Inventory quantity (0 when never stocked), the live holds and the batches transferred in. */
    record Availability(StorefrontId storefront, ProductId product, BigDecimal quantity, List<LiveHold> holds,
                        List<BatchIn> batches) {
    }

    /** A live hold, with the customer of its sale. */
    record LiveHold(ReservationId id, SaleId sale, BigDecimal quantity, String customerName, Instant expiresAt,
                    Instant createdAt) {
    }

    /** A batch of this product transferred into the storefront; {@code quantity} = units transferred from it. */
    record BatchIn(StockProductId id, BigDecimal quantity, BigDecimal remainingQuantity, Money retailPrice,
                   Optional<Money> wholesalePrice, Optional<LocalDate> expiryDate, String warehouseName) {
    }

    /** Empty when the storefront or the product is not the business's. */
    Optional<Availability> find(BusinessId business, StorefrontId storefront, ProductId product, Instant now);
}
