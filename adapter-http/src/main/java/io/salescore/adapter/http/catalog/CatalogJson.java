package io.salescore.adapter.http.catalog;

import io.salescore.adapter.http.common.Json;
import io.salescore.application.catalog.port.StockProductView;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.catalog.Warehouse;
import io.salescore.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** JSON shapes of products, warehouses and batches: quantities as numbers, money as two-decimal strings. */
public final class CatalogJson {

    private CatalogJson() {
    }

    record WarehouseJson(UUID id, String name, String location, boolean isActive) {
        static WarehouseJson of(Warehouse warehouse) {
            Warehouse.State s = warehouse.state();
            return new WarehouseJson(s.id().value(), s.name(), s.location(), s.active());
        }
    }

    /** A product as every catalogue answer shows it. */
    public record ProductJson(UUID id, String name, String sku, String barcode, String unit, String description,
                              String taxRate, boolean isActive, Instant createdAt) {
        public static ProductJson of(Product product) {
            Product.State s = product.state();
            return new ProductJson(s.id().value(), s.name(), s.sku(), s.barcode(), s.unit(), s.description(),
                    s.taxRate().toString(), s.active(), Json.time(s.createdAt()));
        }
    }

    record StockProductJson(UUID id, UUID product, String productName, UUID warehouse, String warehouseName,
                            BigDecimal quantity, BigDecimal remainingQuantity, String unitCost, String retailPrice,
                            String wholesalePrice, LocalDate expiryDate, String supplier, Instant createdAt) {
        /** A batch as {@code actor} may see it: a CASHIER does not see what the shop paid ({@code unit_cost} null). */
        static StockProductJson of(StockProductView view, io.salescore.domain.access.Actor actor) {
            StockProduct.State s = view.batch().state();
            boolean cost = actor.role() != io.salescore.domain.access.Role.CASHIER;
            return new StockProductJson(s.id().value(), s.productId().value(), view.productName(),
                    s.warehouseId().value(), view.warehouseName(), Json.number(s.quantity().value()),
                    Json.number(s.remainingQuantity()), cost ? money(s.unitCost()) : null, money(s.retailPrice()),
                    money(s.wholesalePrice()), s.expiryDate(), s.supplier(), Json.time(s.createdAt()));
        }
    }

    /** Money as the API writes it: two decimals in a string, or {@code null}. */
    public static String money(Money money) {
        return money == null ? null : Json.money(money.amount());
    }
}
