package io.salescore.application.catalog.port;

import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.WarehouseId;

/** Which batches a list shows: of one product and/or in one warehouse ({@code null}: any). */
public record StockProductFilter(ProductId product, WarehouseId warehouse) {
}
