package io.salescore.application.catalog.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.catalog.TextField;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.WarehouseId;

import java.time.LocalDate;

/** A batch received: product, warehouse, quantity, cost and retail price; wholesale, expiry, supplier optional. */
public record CreateStockProductCommand(ProductId product, WarehouseId warehouse, Quantity quantity, Money unitCost,
                                        Money retailPrice, Money wholesalePrice, LocalDate expiryDate,
                                        String supplier) {

    public CreateStockProductCommand {
        new FieldErrors()
                .check(product != null, "product", "This field is required.")
                .check(warehouse != null, "warehouse", "This field is required.")
                .check(quantity != null, "quantity", "This field is required.")
                .check(unitCost != null, "unit_cost", "This field is required.")
                .check(retailPrice != null, "retail_price", "This field is required.")
                .optionalText(supplier, "supplier", TextField.MAX)
                .throwIfAny();
    }
}
