package io.salescore.bootstrap.support;

import org.jdbi.v3.core.Jdbi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Catalogue and stock for sale tests, written straight to the database as the catalogue endpoints would leave
 * them (inventory = Σ movements), so sale tests depend only on the sale API.
 */
public final class TestStock {

    private final TestBusiness business;
    private final Jdbi jdbi;
    private final UUID businessId;
    private UUID warehouse;

    public TestStock(TestBusiness business) {
        this.business = business;
        this.jdbi = business.server.app().database().jdbi();
        this.businessId = UUID.fromString(business.businessId);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }

    public String storefront(String name) {
        UUID id = UUID.randomUUID();
        String code = ("S" + id.toString().replace("-", "").substring(0, 7)).toUpperCase();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO storefront (business_id, id, name, location, code, is_active, created_at, updated_at)
                        VALUES (:b, :id, :name, '', :code, true, :now, :now)""")
                .bind("b", businessId).bind("id", id).bind("name", name).bind("code", code).bind("now", now())
                .execute());
        return id.toString();
    }

    /** A product with one batch (retail and optional wholesale price) and {@code quantity} transferred in. */
    public Product product(String storefront, String name, String retail, String wholesale, long quantity) {
        return product(storefront, name, "pcs", retail, wholesale, quantity);
    }

    public Product product(String storefront, String name, String unit, String retail, String wholesale,
                           long quantity) {
        UUID product = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO product (business_id, id, name, sku, unit, created_at, updated_at)
                        VALUES (:b, :id, :name, :sku, :unit, :now, :now)""")
                .bind("b", businessId).bind("id", product).bind("name", name)
                .bind("sku", "SKU-" + product.toString().substring(0, 8)).bind("unit", unit).bind("now", now())
                .execute());
        UUID batch = batch(product.toString(), retail, wholesale, Math.max(quantity, 1));
        if (quantity > 0) {
            transfer(storefront, product.toString(), batch.toString(), quantity);
        }
        return new Product(product.toString(), batch.toString());
    }

    public UUID batch(String product, String retail, String wholesale, long quantity) {
        UUID batch = UUID.randomUUID();
        jdbi.useHandle(h -> {
            if (warehouse == null) {
                warehouse = UUID.randomUUID();
                h.createUpdate("""
                                INSERT INTO warehouse (business_id, id, name, created_at, updated_at)
                                VALUES (:b, :id, 'Main Warehouse', :now, :now)""")
                        .bind("b", businessId).bind("id", warehouse).bind("now", now()).execute();
            }
            h.createUpdate("""
                            INSERT INTO stock_product (business_id, id, product_id, warehouse_id, quantity,
                                                       remaining_quantity, unit_cost, retail_price, wholesale_price,
                                                       created_at, updated_at)
                            VALUES (:b, :id, :product, :warehouse, :q, :q, 1, :retail, :wholesale, :now, :now)""")
                    .bind("b", businessId).bind("id", batch).bind("product", UUID.fromString(product))
                    .bind("warehouse", warehouse).bind("q", BigDecimal.valueOf(quantity))
                    .bind("retail", new BigDecimal(retail))
                    .bind("wholesale", wholesale == null ? null : new BigDecimal(wholesale)).bind("now", now())
                    .execute();
        });
        return batch;
    }

    public void transfer(String storefront, String product, String batch, long quantity) {
        jdbi.useTransaction(h -> {
            BigDecimal q = BigDecimal.valueOf(quantity);
            h.createUpdate("UPDATE stock_product SET remaining_quantity = remaining_quantity - :q WHERE business_id = :b AND id = :id")
                    .bind("q", q).bind("b", businessId).bind("id", UUID.fromString(batch)).execute();
            h.createUpdate("""
                            INSERT INTO storefront_inventory (business_id, storefront_id, product_id, quantity, updated_at)
                            VALUES (:b, :s, :p, :q, :now)
                            ON CONFLICT (business_id, storefront_id, product_id)
                            DO UPDATE SET quantity = storefront_inventory.quantity + :q""")
                    .bind("b", businessId).bind("s", UUID.fromString(storefront)).bind("p", UUID.fromString(product))
                    .bind("q", q).bind("now", now()).execute();
            UUID transfer = UUID.randomUUID();
            h.createUpdate("""
                            INSERT INTO stock_transfer (business_id, id, stock_product_id, product_id, storefront_id,
                                                        quantity, created_at)
                            VALUES (:b, :id, :sp, :p, :s, :q, :now)""")
                    .bind("b", businessId).bind("id", transfer).bind("sp", UUID.fromString(batch))
                    .bind("p", UUID.fromString(product)).bind("s", UUID.fromString(storefront)).bind("q", q)
                    .bind("now", now()).execute();
            h.createUpdate("""
                            INSERT INTO stock_movement (business_id, id, storefront_id, product_id, kind, quantity_delta,
                                                        reference, created_at)
                            VALUES (:b, :id, :s, :p, 'TRANSFER_IN', :q, :ref, :now)""")
                    .bind("b", businessId).bind("id", UUID.randomUUID()).bind("s", UUID.fromString(storefront))
                    .bind("p", UUID.fromString(product)).bind("q", q).bind("ref", transfer).bind("now", now())
                    .execute();
        });
    }

    /** A customer with a credit limit. */
    public String customer(String name, String creditLimit) {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO customer (business_id, id, name, customer_type, credit_limit, created_at, updated_at)
                        VALUES (:b, :id, :name, 'RETAIL', :limit, :now, :now)""")
                .bind("b", businessId).bind("id", id).bind("name", name).bind("limit", new BigDecimal(creditLimit))
                .bind("now", now()).execute());
        return id.toString();
    }

    /** Inventory row of a storefront product: quantity and reserved counter. */
    public BigDecimal[] inventory(String storefront, String product) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT quantity, reserved FROM storefront_inventory
                        WHERE business_id = :b AND storefront_id = :s AND product_id = :p""")
                .bind("b", businessId).bind("s", UUID.fromString(storefront)).bind("p", UUID.fromString(product))
                .map((rs, ctx) -> new BigDecimal[]{rs.getBigDecimal(1), rs.getBigDecimal(2)}).one());
    }

    /** Σ quantity of ACTIVE holds of a storefront product. */
    public BigDecimal activeHolds(String storefront, String product) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT coalesce(sum(quantity), 0) FROM reservation
                        WHERE business_id = :b AND storefront_id = :s AND product_id = :p AND status = 'ACTIVE'""")
                .bind("b", businessId).bind("s", UUID.fromString(storefront)).bind("p", UUID.fromString(product))
                .mapTo(BigDecimal.class).one());
    }

    /** A member of the business with a role and storefronts, and a token for them. */
    public ApiClient member(String role, String... storefronts) {
        UUID user = UUID.randomUUID();
        String token = io.salescore.application.account.Tokens.newToken();
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO app_user (business_id, id, name, email, password_hash, role, storefronts,
                                                  created_at, updated_at)
                            VALUES (:b, :id, :name, :email, 'x', :role, :storefronts, :now, :now)""")
                    .bind("b", businessId).bind("id", user).bind("name", role.charAt(0) + role.substring(1).toLowerCase() + " " + user.toString().substring(0, 4))
                    .bind("email", user + "@member.pos").bind("role", role)
                    .bindArray("storefronts", UUID.class, java.util.Arrays.stream(storefronts).map(UUID::fromString).toList())
                    .bind("now", now()).execute();
            h.createUpdate("INSERT INTO api_token (token_hash, business_id, user_id, created_at) VALUES (:h, :b, :u, :now)")
                    .bind("h", io.salescore.application.account.Tokens.hash(token)).bind("b", businessId)
                    .bind("u", user).bind("now", now()).execute();
        });
        return business.owner.withToken(token);
    }

    /** A product and its batch. */
    public record Product(String id, String batch) {
    }
}
