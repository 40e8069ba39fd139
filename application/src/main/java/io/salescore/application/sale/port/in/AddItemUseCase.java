package io.salescore.application.sale.port.in;

import io.salescore.application.common.Input;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.StockProductId;

import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/** Adds a new line to a DRAFT sale and holds its quantity in the sale's storefront, or refuses with INSUFFICIENT_STOCK. */
public interface AddItemUseCase {

    record Item(ProductId product, Optional<StockProductId> stockProduct, Quantity quantity,
                Optional<Money> unitPrice, Optional<Percentage> discountPercentage, Optional<Percentage> taxRate) {
    }

    record Command(SaleId sale, Optional<ExpectedVersion> expectedVersion, Input<Item> item) {
    }

    LineResult addItem(Actor actor, Command command);
}
