package io.salescore.application.inventory.port;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;

/** One product's stock at one storefront of one business: the unit the sweeper works and fails in. */
public record StockKey(BusinessId business, StorefrontId storefront, ProductId product) {
}
