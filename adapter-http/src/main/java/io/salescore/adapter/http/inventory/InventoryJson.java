package io.salescore.adapter.http.inventory;

import io.salescore.adapter.http.catalog.CatalogJson;
import io.salescore.adapter.http.common.Json;
import io.salescore.application.catalog.port.StockProductView;
import io.salescore.application.inventory.port.InventoryLine;
import io.salescore.application.inventory.port.ProductStock;
import io.salescore.domain.inventory.StockAdjustment;
import io.salescore.domain.inventory.StockMovement;
import io.salescore.domain.inventory.StockTransfer;
import io.salescore.domain.inventory.Storefront;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** JSON shapes of storefronts and stock: quantities as plain numbers, money as two-decimal strings. */
final class InventoryJson {

    private InventoryJson() {
    }

    record StorefrontJson(UUID id, String name, String location, String code, boolean isActive) {
        static StorefrontJson of(Storefront storefront) {
            Storefront.State s = storefront.state();
            return new StorefrontJson(s.id().value(), s.name(), s.location(), s.code().value(), s.active());
        }
    }

    record TransferJson(UUID id, UUID stockProduct, UUID product, UUID storefront, BigDecimal quantity,
                        Instant createdAt) {
        static TransferJson of(StockTransfer t) {
            return new TransferJson(t.id(), t.stockProductId().value(), t.productId().value(),
                    t.storefrontId().value(), Json.number(t.quantity().value()), Json.time(t.createdAt()));
        }
    }

    record AdjustmentJson(UUID id, UUID storefront, UUID product, BigDecimal quantityDelta, String reason,
                          BigDecimal quantityAfter, Instant createdAt) {
        static AdjustmentJson of(StockAdjustment a) {
            return new AdjustmentJson(a.id(), a.storefrontId().value(), a.productId().value(),
                    Json.number(a.quantityDelta()), a.reason(), Json.number(a.quantityAfter()),
                    Json.time(a.createdAt()));
        }
    }

    record MovementJson(UUID id, UUID storefront, UUID product, String kind, BigDecimal quantityDelta, UUID reference,
                        UUID user, Instant createdAt) {
        static MovementJson of(StockMovement m) {
            return new MovementJson(m.id(), m.storefrontId().value(), m.productId().value(), m.kind().name(),
                    Json.number(m.quantityDelta()), m.reference(), m.userId() == null ? null : m.userId().value(),
                    Json.time(m.createdAt()));
        }
    }

    record InventoryLineJson(UUID product, String productName, String sku, String barcode, String unit,
                             BigDecimal quantity, BigDecimal reservedQuantity, BigDecimal unreservedQuantity,
                             String retailPrice, String wholesalePrice) {
        static InventoryLineJson of(InventoryLine line) {
            return new InventoryLineJson(line.product().value(), line.productName(), line.sku(), line.barcode(),
                    line.unit(), Json.number(line.quantity()), Json.number(line.reserved()),
                    Json.number(line.unreserved()), CatalogJson.money(line.retailPrice()),
                    CatalogJson.money(line.wholesalePrice()));
        }
    }

    record StorefrontStockJson(UUID storefront, String storefrontName, BigDecimal quantity,
                               BigDecimal reservedQuantity, BigDecimal unreservedQuantity) {
        static StorefrontStockJson of(ProductStock.StorefrontStock s) {
            return new StorefrontStockJson(s.storefront().value(), s.storefrontName(), Json.number(s.quantity()),
                    Json.number(s.reserved()), Json.number(s.unreserved()));
        }
    }

    record BatchStockJson(UUID id, UUID warehouse, String warehouseName, BigDecimal remainingQuantity) {
        static BatchStockJson of(StockProductView view) {
            return new BatchStockJson(view.batch().id().value(), view.batch().state().warehouseId().value(),
                    view.warehouseName(), Json.number(view.batch().remainingQuantity()));
        }
    }

    record ProductStockJson(UUID product, List<StorefrontStockJson> storefronts, List<BatchStockJson> batches) {
        static ProductStockJson of(ProductStock stock) {
            return new ProductStockJson(stock.product().id().value(),
                    stock.storefronts().stream().map(StorefrontStockJson::of).toList(),
                    stock.batches().stream().map(BatchStockJson::of).toList());
        }
    }
}
