package io.salescore.application.inventory.port;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.StockProductId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A batch of this product transferred into the storefront; {@code quantity} = units transferred from it. */
public record BatchIn(StockProductId id, BigDecimal quantity, BigDecimal remainingQuantity, Money retailPrice,
               Optional<Money> wholesalePrice, Optional<LocalDate> expiryDate, String warehouseName) {
}
