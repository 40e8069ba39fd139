package io.salescore.application.catalog.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.catalog.port.ProductFilter;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.shared.ProductId;


/**
 * The product catalogue: everyone reads it, OWNER, ADMIN and MANAGER change it. Commands are passed as suppliers
 * read after the path id (404) and the role (403) were checked, so the answers keep the API's precedence.
 */
public interface ProductsUseCase {

    Page<Product> list(Actor actor, ProductFilter filter, PageRequest page);

    Product get(Actor actor, ProductId id);

    /** @throws io.salescore.domain.shared.ConflictException {@code DUPLICATE_SKU} */
    Product create(Actor actor, Input<CreateProductCommand> input);

    Product update(Actor actor, ProductId id, Input<UpdateProductCommand> input);

    /** DELETE: deactivates; the product stays readable by id. */
    void deactivate(Actor actor, ProductId id);
}
