package io.salescore.application.catalog.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.catalog.port.StockProductView;
import io.salescore.application.catalog.port.StockProductFilter;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.shared.StockProductId;


/**
 * Batches: everyone reads them, OWNER, ADMIN and MANAGER receive and reprice them. Quantities are read-only once
 * a batch exists. Commands are suppliers read after the path id (404) and the role (403) were checked.
 */
public interface StockProductsUseCase {

    Page<StockProductView> list(Actor actor, StockProductFilter filter, PageRequest page);

    StockProductView get(Actor actor, StockProductId id);

    /** Unknown or foreign product or warehouse: VALIDATION_ERROR {@code {"<field>": ["Not found."]}}. */
    StockProductView create(Actor actor, Input<CreateStockProductCommand> input);

    /** Prices, cost, expiry and supplier; naming a quantity, the product or the warehouse is VALIDATION_ERROR. */
    StockProductView update(Actor actor, StockProductId id, Input<StockProduct.Revision> input);
}
