package io.salescore.bootstrap.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.jdbi.v3.core.Jdbi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Catalogue and stock set up through the API by a business's owner, plus what only sales create (holds, receipts),
 * inserted straight into the database.
 */
public final class StockSetup {

    public final TestBusiness shop;
    private final ApiClient owner;

    public StockSetup(TestBusiness shop) {
        this.shop = shop;
        this.owner = shop.owner;
    }

    public static StockSetup newBusiness() {
        return new StockSetup(TestBusiness.register());
    }

    private static String created(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    public String storefront(String name) {
        return created(owner.post("/inventory/api/storefronts/", Map.of("name", name)));
    }

    public String warehouse(String name) {
        return created(owner.post("/inventory/api/warehouses/", Map.of("name", name)));
    }

    public String product(String name, String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("sku", name.toUpperCase().replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 6));
        if (unit != null) {
            body.put("unit", unit);
        }
        return created(owner.post("/inventory/api/products/", body));
    }

    public String product(String name) {
        return product(name, null);
    }

    public String batch(String product, String warehouse, String quantity, String retailPrice) {
        return created(owner.post("/inventory/api/stock-products/", Map.of("product", product, "warehouse", warehouse,
                "quantity", quantity, "unit_cost", "1.00", "retail_price", retailPrice)));
    }

    public String transfer(String batch, String storefront, String quantity) {
        return created(owner.post("/inventory/api/transfers/", Map.of("stock_product", batch, "storefront",
                storefront, "quantity", quantity)));
    }

    /** A product with {@code quantity} in {@code storefront}, from a new batch of it. */
    public String stocked(String storefront, String name, String quantity) {
        String product = product(name);
        transfer(batch(product, warehouse("W " + name), quantity, "5.00"), storefront, quantity);
        return product;
    }

    /** A GET as the owner: the body, or a list's {@code results} when the answer is a list page. */
    public JsonNode get(String path) {
        ApiClient.Response r = owner.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.header("X-Total-Count") != null ? r.results() : r.json();
    }

    private static Jdbi jdbi() {
        return TestServer.get().app().database().jdbi();
    }

    /** An ACTIVE hold on a draft sale, counted in the inventory row's reserved counter, as add_item makes it. */
    public void hold(String storefront, String product, String quantity, Instant expiresAt) {
        UUID sale = insertSale(storefront, null);
        jdbi().useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO reservation (business_id, id, sale_id, sale_item_id, storefront_id, product_id,
                                                     quantity, status, expires_at, created_at)
                            VALUES (:b, :id, :sale, :item, :s, :p, :q, 'ACTIVE', :expires, :now)""")
                    .bind("b", UUID.fromString(shop.businessId)).bind("id", UUID.randomUUID()).bind("sale", sale)
                    .bind("item", UUID.randomUUID()).bind("s", UUID.fromString(storefront))
                    .bind("p", UUID.fromString(product)).bind("q", new BigDecimal(quantity))
                    .bind("expires", expiresAt).bind("now", now())
                    .execute();
            int rows = h.createUpdate("""
                            UPDATE storefront_inventory SET reserved = reserved + :q
                            WHERE business_id = :b AND storefront_id = :s AND product_id = :p""")
                    .bind("b", UUID.fromString(shop.businessId)).bind("s", UUID.fromString(storefront))
                    .bind("p", UUID.fromString(product)).bind("q", new BigDecimal(quantity))
                    .execute();
            assertThat(rows).as("a hold needs stock").isEqualTo(1);
        });
    }

    /** A completed sale of the storefront with a receipt number (which fixes the storefront's code). */
    public void receipt(String storefront, String receiptNumber) {
        insertSale(storefront, receiptNumber);
    }

    private UUID insertSale(String storefront, String receiptNumber) {
        UUID sale = UUID.randomUUID();
        jdbi().useTransaction(h -> h.createUpdate("""
                        INSERT INTO sale (business_id, id, storefront_id, user_id, customer_id, type, status,
                                          payment_type, receipt_number, created_at, updated_at)
                        SELECT :b, :id, :s, :u, c.id, 'RETAIL', :status, 'CASH', :receipt, :now, :now
                        FROM customer c WHERE c.business_id = :b AND c.is_walk_in""")
                .bind("b", UUID.fromString(shop.businessId)).bind("id", sale).bind("s", UUID.fromString(storefront))
                .bind("u", UUID.fromString(shop.ownerId)).bind("status", receiptNumber == null ? "DRAFT" : "COMPLETED")
                .bind("receipt", receiptNumber).bind("now", now())
                .execute());
        return sale;
    }

    public static Instant now() {
        return TestServer.get().clock().instant();
    }

    /** A number from one SQL query with {@code :b} bound to the business. */
    public BigDecimal number(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).bind("b", UUID.fromString(shop.businessId))
                .mapTo(BigDecimal.class).one());
    }
}
