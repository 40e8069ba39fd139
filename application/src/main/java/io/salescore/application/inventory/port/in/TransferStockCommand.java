package io.salescore.application.inventory.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;

/** Move {@code quantity} of a batch into a storefront. */
public record TransferStockCommand(StockProductId stockProduct, StorefrontId storefront, Quantity quantity) {

    public TransferStockCommand {
        new FieldErrors()
                .check(stockProduct != null, "stock_product", "This field is required.")
                .check(storefront != null, "storefront", "This field is required.")
                .check(quantity != null, "quantity", "This field is required.")
                .throwIfAny();
    }
}
