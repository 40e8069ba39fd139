package io.salescore.application.catalog;

import io.salescore.application.common.Input;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.catalog.port.in.CreateProductCommand;
import io.salescore.application.catalog.port.ProductFilter;
import io.salescore.application.catalog.port.in.ProductsUseCase;
import io.salescore.application.catalog.port.in.UpdateProductCommand;
import io.salescore.application.catalog.port.out.ProductRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.ProductUnit;
import io.salescore.domain.shared.ValidationException;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.ProductId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Product lifecycle, audited ({@code product.*}); the database's unique SKU per business decides DUPLICATE_SKU, also under concurrency. */
public final class ProductService implements ProductsUseCase {

    private final UnitOfWork tx;
    private final ProductRepository products;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditLogRepository audit;

    public ProductService(UnitOfWork tx, ProductRepository products, AuditLogRepository audit, IdGenerator ids,
                          Clock clock) {
        this.tx = tx;
        this.products = products;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Page<Product> list(Actor actor, ProductFilter filter, PageRequest page) {
        return tx.inTransaction(() -> products.list(actor.businessId(), filter, page));
    }

    @Override
    public Product get(Actor actor, ProductId id) {
        return tx.inTransaction(() -> products.find(actor.businessId(), id).orElseThrow(NotFoundException::new));
    }

    @Override
    public Product create(Actor actor, Input<CreateProductCommand> input) {
        return tx.inTransaction(() -> {
            input.requireParsable();
            actor.requireCatalogueManagement();
            CreateProductCommand c = input.get();
            Product product = Product.create(ProductId.of(ids.newId()), actor.businessId(), c.name(), c.sku(),
                    c.barcode(), c.unit(), c.description(), clock.instant());
            if (c.taxRate() != null) {
                product.changeTaxRate(c.taxRate(), clock.instant());
            }
            products.insert(product);
            audit.append(actor, product.state().createdAt(), List.of(CatalogEvents.productCreated(product)));
            return product;
        });
    }

    @Override
    public Product update(Actor actor, ProductId id, Input<UpdateProductCommand> input) {
        return tx.inTransaction(() -> {
            Product product = products.findForUpdate(actor.businessId(), id).orElseThrow(NotFoundException::new);
            input.requireParsable();
            actor.requireCatalogueManagement();
            UpdateProductCommand c = input.get();
            Product.State before = product.state();
            Instant now = clock.instant();
            product.update(c.name(), c.sku(), c.barcode(), c.unit(), c.description(), c.active(), now);
            if (!ProductUnit.PIECES.equals(before.unit()) && ProductUnit.PIECES.equals(product.unit())
                    && products.hasFractionalQuantities(actor.businessId(), id)) {
                throw ValidationException.field("unit", "This product has fractional quantities in stock or on "
                        + "sales, so it cannot be counted in pcs.");
            }
            if (c.taxRate() != null) {
                product.changeTaxRate(c.taxRate(), now);
            }
            products.update(product);
            CatalogEvents.productChanged(product, before).ifPresent(e -> audit.append(actor, now, List.of(e)));
            return product;
        });
    }

    @Override
    public void deactivate(Actor actor, ProductId id) {
        tx.run(() -> {
            Product product = products.findForUpdate(actor.businessId(), id).orElseThrow(NotFoundException::new);
            actor.requireCatalogueManagement();
            Product.State before = product.state();
            Instant now = clock.instant();
            product.deactivate(now);
            products.update(product);
            CatalogEvents.productChanged(product, before).ifPresent(e -> audit.append(actor, now, List.of(e)));
        });
    }
}
