package io.salescore.application.catalog.port.out;

import io.salescore.application.catalog.port.StockProductFilter;
import io.salescore.application.catalog.port.StockProductView;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StockProductId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: batches (stock products). Their remaining quantity changes only through {@link #draw}, one guarded
 * statement that never takes it below zero whatever the concurrency.
 */
public interface StockProductRepository {

    void insert(StockProduct batch);

    /** Writes prices, cost, expiry and supplier; never the quantities. */
    void update(StockProduct batch);

    Optional<StockProductView> find(BusinessId business, StockProductId id);

    /** The batch, locked until the transaction ends (for changes). */
    Optional<StockProductView> findForUpdate(BusinessId business, StockProductId id);

    /** Newest first ({@code created_at}, then id). */
    Page<StockProductView> list(BusinessId business, StockProductFilter filter, PageRequest page);

    /**
     * Takes {@code quantity} from the batch's remaining quantity if at least that much is left; returns what
     * remains afterwards, or empty when too little was left (nothing changed).
     */
    Optional<BigDecimal> draw(BusinessId business, StockProductId id, BigDecimal quantity, Instant now);

    /** Every batch of a product, newest first. */
    List<StockProductView> batchesOf(BusinessId business, ProductId product);
}
