package io.salescore.application.catalog.port;

import io.salescore.domain.catalog.StockProduct;

/** A batch with the names of its product and warehouse, as lists and details show it. */
public record StockProductView(StockProduct batch, String productName, String warehouseName) {
}
