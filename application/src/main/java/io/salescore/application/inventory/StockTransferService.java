package io.salescore.application.inventory;

import io.salescore.application.common.Input;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.catalog.port.StockProductView;
import io.salescore.application.catalog.port.out.ProductRepository;
import io.salescore.application.catalog.port.out.StockProductRepository;
import io.salescore.application.common.FieldErrors;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.in.StockTransfersUseCase;
import io.salescore.application.inventory.port.TransferFilter;
import io.salescore.application.inventory.port.in.TransferStockCommand;
import io.salescore.application.inventory.port.out.StockRepository;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.inventory.StockMovement;
import io.salescore.domain.inventory.StockTransfer;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Decimals;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.ValidationException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Transfers in one transaction: the batch's remainder drops by one guarded statement (the batch row's lock
 * serialises concurrent transfers of it), the storefront's row grows by an upsert, and the transfer, its
 * TRANSFER_IN movement and the {@code stock.transferred} audit entry are written beside them.
 */
public final class StockTransferService implements StockTransfersUseCase {

    public static final String TOO_LITTLE_LEFT = "Unable to transfer stock: the batch has too little left.";

    private final UnitOfWork tx;
    private final StockProductRepository batches;
    private final ProductRepository products;
    private final StorefrontRepository storefronts;
    private final StockRepository stock;
    private final AuditLogRepository audit;
    private final IdGenerator ids;
    private final Clock clock;

    public StockTransferService(UnitOfWork tx, StockProductRepository batches, ProductRepository products,
                                StorefrontRepository storefronts, StockRepository stock, AuditLogRepository audit,
                                IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.batches = batches;
        this.products = products;
        this.storefronts = storefronts;
        this.stock = stock;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public StockTransfer transfer(Actor actor, Input<TransferStockCommand> input) {
        return tx.inTransaction(() -> {
            input.requireParsable();
            StorefrontScope.requireStockRole(actor);
            TransferStockCommand command = input.get();
            BusinessId business = actor.businessId();
            Optional<StockProductView> batch = batches.find(business, command.stockProduct());
            Optional<Storefront> storefront = storefronts.find(business, command.storefront());
            new FieldErrors()
                    .check(batch.isPresent(), "stock_product", "Not found.")
                    .check(storefront.isPresent(), "storefront", "Not found.")
                    .throwIfAny();
            actor.requireStockManagement(storefront.get().id());
            Product product = products.find(business, batch.get().batch().productId())
                    .orElseThrow(() -> ValidationException.field("stock_product", "Not found."));
            Instant now = clock.instant();
            StockTransfer transfer = StockTransfer.of(ids.newId(), batch.get().batch(), product, storefront.get(),
                    command.quantity(), actor.userId(), now);

            BigDecimal quantity = transfer.quantity().value();
            BigDecimal remaining = batches.draw(business, transfer.stockProductId(), quantity, now)
                    .orElseThrow(() -> tooLittleLeft(business, transfer));
            BigDecimal storefrontQuantity = stock.addToInventory(business, transfer.storefrontId(),
                    transfer.productId(), quantity, now);
            stock.insertTransfer(transfer);
            stock.insertMovement(StockMovement.of(ids.newId(), transfer));
            audit.append(actor, now, List.of(event(transfer, product, storefront.get(), remaining, storefrontQuantity)));
            return transfer;
        });
    }

    private InsufficientStockException tooLittleLeft(BusinessId business, StockTransfer transfer) {
        BigDecimal left = batches.find(business, transfer.stockProductId())
                .map(view -> view.batch().remainingQuantity()).orElse(BigDecimal.ZERO);
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("stock_product_id", transfer.stockProductId());
        ids.put("product_id", transfer.productId());
        ids.put("storefront_id", transfer.storefrontId());
        return InsufficientStockException.forStock(TOO_LITTLE_LEFT, left, transfer.quantity().value(), ids);
    }

    private static AuditEvent event(StockTransfer transfer, Product product, Storefront storefront,
                                    BigDecimal batchRemaining, BigDecimal storefrontQuantity) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("transfer_id", transfer.id().toString());
        data.put("stock_product_id", transfer.stockProductId().toString());
        data.put("product_id", transfer.productId().toString());
        data.put("storefront_id", transfer.storefrontId().toString());
        data.put("quantity", transfer.quantity().toPlainString());
        data.put("batch_remaining_quantity", Decimals.plain2(batchRemaining));
        data.put("storefront_quantity", Decimals.plain2(storefrontQuantity));
        return AuditEvent.of("stock.transferred", "Transferred " + transfer.quantity().toPlainString() + " "
                        + product.unit() + " of " + product.name() + " into " + storefront.name() + ".", data)
                .withStorefront(transfer.storefrontId());
    }

    @Override
    public Page<StockTransfer> list(Actor actor, TransferFilter filter, PageRequest page) {
        return tx.inTransaction(() -> {
            if (!StorefrontScope.admitsFilter(actor, filter.storefront(), storefronts)) {
                return StorefrontScope.nothing(page);
            }
            return stock.transfers(actor.businessId(), filter, StorefrontScope.of(actor), page);
        });
    }
}
