package io.salescore.application.catalog;

import io.salescore.application.audit.ChangeEvents;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The audit entries of product ({@code product.*}) and batch ({@code stock_product.*}) changes. */
final class CatalogEvents {

    private CatalogEvents() {
    }

    static AuditEvent productCreated(Product product) {
        return ChangeEvents.created("product", "product_id", product.id().value(), label(product),
                fields(product.state()));
    }

    static Optional<AuditEvent> productChanged(Product product, Product.State before) {
        return ChangeEvents.changed("product", "product_id", product.id().value(), label(product), fields(before),
                fields(product.state()));
    }

    static AuditEvent batchCreated(StockProduct batch, String productName) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("product_id", batch.productId().value().toString());
        fields.put("warehouse_id", batch.state().warehouseId().value().toString());
        fields.put("quantity", batch.state().quantity().toPlainString());
        fields.putAll(fields(batch.state()));
        return ChangeEvents.created("stock_product", "stock_product_id", batch.id().value(),
                "A batch of " + productName, fields);
    }

    static Optional<AuditEvent> batchChanged(StockProduct batch, StockProduct.State before, String productName) {
        return ChangeEvents.changed("stock_product", "stock_product_id", batch.id().value(),
                "A batch of " + productName, fields(before), fields(batch.state()));
    }

    private static String label(Product product) {
        return "Product " + product.name();
    }

    private static Map<String, Object> fields(Product.State s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", s.name());
        fields.put("sku", s.sku());
        fields.put("barcode", s.barcode());
        fields.put("unit", s.unit());
        fields.put("description", s.description());
        fields.put("tax_rate", s.taxRate().toString());
        fields.put("is_active", s.active());
        return fields;
    }

    /** The fields of a batch that can change (its prices, expiry and supplier). */
    private static Map<String, Object> fields(StockProduct.State s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("unit_cost", s.unitCost() == null ? null : s.unitCost().toString());
        fields.put("retail_price", s.retailPrice() == null ? null : s.retailPrice().toString());
        fields.put("wholesale_price", s.wholesalePrice() == null ? null : s.wholesalePrice().toString());
        fields.put("expiry_date", s.expiryDate() == null ? null : s.expiryDate().toString());
        fields.put("supplier", s.supplier());
        return fields;
    }
}
