package io.salescore.application.catalog;

import io.salescore.application.common.Input;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.catalog.port.in.CreateStockProductCommand;
import io.salescore.application.catalog.port.StockProductFilter;
import io.salescore.application.catalog.port.StockProductView;
import io.salescore.application.catalog.port.in.StockProductsUseCase;
import io.salescore.application.catalog.port.out.ProductRepository;
import io.salescore.application.catalog.port.out.StockProductRepository;
import io.salescore.application.catalog.port.out.WarehouseRepository;
import io.salescore.application.common.FieldErrors;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.catalog.Warehouse;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Receiving batches into warehouses and repricing them, audited ({@code stock_product.*}) with before and after. */
public final class StockProductService implements StockProductsUseCase {

    private final UnitOfWork tx;
    private final StockProductRepository batches;
    private final ProductRepository products;
    private final WarehouseRepository warehouses;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditLogRepository audit;

    public StockProductService(UnitOfWork tx, StockProductRepository batches, ProductRepository products,
                               WarehouseRepository warehouses, AuditLogRepository audit, IdGenerator ids,
                               Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.batches = batches;
        this.products = products;
        this.warehouses = warehouses;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Page<StockProductView> list(Actor actor, StockProductFilter filter, PageRequest page) {
        return tx.inTransaction(() -> batches.list(actor.businessId(), filter, page));
    }

    @Override
    public StockProductView get(Actor actor, StockProductId id) {
        return tx.inTransaction(() -> batches.find(actor.businessId(), id).orElseThrow(NotFoundException::new));
    }

    @Override
    public StockProductView create(Actor actor, Input<CreateStockProductCommand> input) {
        return tx.inTransaction(() -> {
            input.requireParsable();
            actor.requireCatalogueManagement();
            CreateStockProductCommand c = input.get();
            BusinessId business = actor.businessId();
            Optional<Product> product = products.find(business, c.product());
            Optional<Warehouse> warehouse = warehouses.find(business, c.warehouse());
            new FieldErrors()
                    .check(product.isPresent(), "product", "Not found.")
                    .check(warehouse.isPresent(), "warehouse", "Not found.")
                    .throwIfAny();
            if (!warehouse.get().active()) {
                throw ValidationException.field("warehouse", "This warehouse is inactive.");
            }
            StockProduct batch = StockProduct.receive(StockProductId.of(ids.newId()), product.get(),
                    warehouse.get().id(), c.quantity(), c.unitCost(), c.retailPrice(), c.wholesalePrice(),
                    c.expiryDate(), c.supplier(), clock.instant());
            batches.insert(batch);
            audit.append(actor, batch.state().createdAt(),
                    List.of(CatalogEvents.batchCreated(batch, product.get().name())));
            return new StockProductView(batch, product.get().name(), warehouse.get().name());
        });
    }

    @Override
    public StockProductView update(Actor actor, StockProductId id, Input<StockProduct.Revision> input) {
        return tx.inTransaction(() -> {
            StockProductView view = batches.findForUpdate(actor.businessId(), id).orElseThrow(NotFoundException::new);
            input.requireParsable();
            actor.requireCatalogueManagement();
            StockProduct.State before = view.batch().state();
            Instant now = clock.instant();
            view.batch().revise(input.get(), now);
            batches.update(view.batch());
            CatalogEvents.batchChanged(view.batch(), before, view.productName())
                    .ifPresent(e -> audit.append(actor, now, List.of(e)));
            return view;
        });
    }
}
