package io.salescore.application.inventory;

import io.salescore.application.common.Input;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.catalog.port.out.ProductRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.in.StockAdjustmentsUseCase;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.inventory.port.out.StockRepository;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.StockAdjustment;
import io.salescore.domain.inventory.StockMovement;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Decimals;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Count corrections in one transaction. Adding stock is an upsert; taking it away is one guarded statement on the
 * inventory row ({@code quantity + delta >= reserved}). The counter also counts holds that have expired but were
 * not swept yet, so when it refuses, that product's expired holds are released in the same transaction and the
 * statement is tried once more; still refused is {@code INSUFFICIENT_STOCK} with what is unreserved.
 */
public final class StockAdjustmentService implements StockAdjustmentsUseCase {

    public static final String BELOW_HOLDS = "Unable to adjust stock below what open sales hold.";

    private final UnitOfWork tx;
    private final StorefrontRepository storefronts;
    private final ProductRepository products;
    private final StockRepository stock;
    private final ReservationRepository reservations;
    private final AuditLogRepository audit;
    private final IdGenerator ids;
    private final Clock clock;

    public StockAdjustmentService(UnitOfWork tx, StorefrontRepository storefronts, ProductRepository products,
                                  StockRepository stock, ReservationRepository reservations,
                                  AuditLogRepository audit, IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.storefronts = storefronts;
        this.products = products;
        this.stock = stock;
        this.reservations = reservations;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public StockAdjustment adjust(Actor actor, StorefrontId storefrontId, Input<StockAdjustment.Request> input) {
        return tx.inTransaction(() -> {
            BusinessId business = actor.businessId();
            Storefront storefront = storefronts.find(business, storefrontId).orElseThrow(NotFoundException::new);
            input.requireParsable();
            actor.requireStockManagement(storefrontId);
            StockAdjustment.Request request = input.get();
            Product product = products.find(business, request.productId())
                    .orElseThrow(() -> ValidationException.field("product", "Not found."));
            request.forUnit(product.unit());
            Instant now = clock.instant();

            int expired = 0;
            BigDecimal quantityAfter;
            if (request.removesStock()) {
                Optional<BigDecimal> after = stock.removeFromInventory(business, storefrontId, product.id(),
                        request.removed(), now);
                if (after.isEmpty() && stock.quantityOf(business, storefrontId, product.id()).isPresent()) {
                    List<Reservation> released = reservations.expireDue(business, storefrontId, product.id(), now);
                    expired = released.size();
                    if (expired > 0) {
                        after = stock.removeFromInventory(business, storefrontId, product.id(), request.removed(),
                                now);
                    }
                }
                quantityAfter = after.orElseThrow(() -> belowHolds(business, storefrontId, product.id(), request, now));
            } else {
                quantityAfter = stock.addToInventory(business, storefrontId, product.id(), request.quantityDelta(), now);
            }

            StockAdjustment adjustment = request.recorded(ids.newId(), business, storefrontId, quantityAfter,
                    actor.userId(), now);
            stock.insertAdjustment(adjustment);
            stock.insertMovement(StockMovement.of(ids.newId(), adjustment));
            audit.append(actor, now, List.of(event(adjustment, product, storefront, expired)));
            return adjustment;
        });
    }

    private InsufficientStockException belowHolds(BusinessId business, StorefrontId storefront, ProductId product,
                                                  StockAdjustment.Request request, Instant now) {
        BigDecimal quantity = stock.quantityOf(business, storefront, product).orElse(BigDecimal.ZERO);
        BigDecimal unreserved = quantity.subtract(reservations.liveHeld(business, storefront, product, now));
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("storefront_id", storefront);
        ids.put("product_id", product);
        return InsufficientStockException.forStock(BELOW_HOLDS, unreserved, request.removed(), ids);
    }

    private static AuditEvent event(StockAdjustment adjustment, Product product, Storefront storefront,
                                    int expiredHolds) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("adjustment_id", adjustment.id().toString());
        data.put("storefront_id", adjustment.storefrontId().toString());
        data.put("product_id", adjustment.productId().toString());
        data.put("quantity_delta", Decimals.plain2(adjustment.quantityDelta()));
        data.put("quantity_after", Decimals.plain2(adjustment.quantityAfter()));
        data.put("reason", adjustment.reason());
        if (expiredHolds > 0) {
            data.put("expired_holds_released", expiredHolds);
        }
        return AuditEvent.of("stock.adjusted", "Adjusted " + product.name() + " in " + storefront.name() + " by "
                        + Decimals.plain2(adjustment.quantityDelta()) + " " + product.unit() + " ("
                        + adjustment.reason() + ").", data)
                .withStorefront(adjustment.storefrontId());
    }

    @Override
    public Page<StockAdjustment> list(Actor actor, StorefrontId storefront, ProductId product, PageRequest page) {
        return tx.inTransaction(() -> {
            storefronts.find(actor.businessId(), storefront).orElseThrow(NotFoundException::new);
            actor.requireStorefront(storefront);
            return stock.adjustments(actor.businessId(), storefront, product, page);
        });
    }
}
