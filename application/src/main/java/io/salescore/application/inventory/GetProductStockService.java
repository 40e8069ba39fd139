package io.salescore.application.inventory;

import io.salescore.application.catalog.port.out.ProductRepository;
import io.salescore.application.catalog.port.out.StockProductRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.in.GetProductStockUseCase;
import io.salescore.application.inventory.port.ProductStock;
import io.salescore.application.inventory.port.out.StockQueries;
import io.salescore.domain.access.Actor;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.ProductId;

import java.time.Clock;

/** A product's stock per visible storefront (live holds as of the application clock) and per batch. */
public final class GetProductStockService implements GetProductStockUseCase {

    private final UnitOfWork tx;
    private final ProductRepository products;
    private final StockProductRepository batches;
    private final StockQueries stock;
    private final Clock clock;

    public GetProductStockService(UnitOfWork tx, ProductRepository products, StockProductRepository batches,
                                  StockQueries stock, Clock clock) {
        this.tx = tx;
        this.products = products;
        this.batches = batches;
        this.stock = stock;
        this.clock = clock;
    }

    @Override
    public ProductStock stock(Actor actor, ProductId id) {
        return tx.inTransaction(() -> {
            Product product = products.find(actor.businessId(), id).orElseThrow(NotFoundException::new);
            return new ProductStock(product,
                    stock.stockOfProduct(actor.businessId(), id, StorefrontScope.of(actor), clock.instant()),
                    batches.batchesOf(actor.businessId(), id));
        });
    }
}
