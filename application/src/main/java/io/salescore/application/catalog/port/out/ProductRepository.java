package io.salescore.application.catalog.port.out;

import io.salescore.application.catalog.port.ProductFilter;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;

import java.util.Optional;

/** Port: the products of a business. SKUs are unique per business. */
public interface ProductRepository {

    /** @throws io.salescore.domain.shared.ConflictException {@code DUPLICATE_SKU} */
    void insert(Product product);

    /** Writes every changeable field. @throws io.salescore.domain.shared.ConflictException {@code DUPLICATE_SKU} */
    void update(Product product);

    Optional<Product> find(BusinessId business, ProductId id);

    /**
     * Whether the product has a fractional quantity anywhere: storefront stock or holds, a batch, or a sale line
     * (so it cannot become a {@code pcs} product).
     */
    boolean hasFractionalQuantities(BusinessId business, ProductId id);

    /** The product, locked until the transaction ends (for changes). */
    Optional<Product> findForUpdate(BusinessId business, ProductId id);

    /** Ordered by name, then id. */
    Page<Product> list(BusinessId business, ProductFilter filter, PageRequest page);
}
