package io.salescore.application.inventory.port;

import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;

/** Which transfers a list shows ({@code null}: any). */
public record TransferFilter(StorefrontId storefront, ProductId product, StockProductId stockProduct) {
}
