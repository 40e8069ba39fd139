package io.salescore.bootstrap.support;

import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** People of a test business beyond its owner: staff added through the API, storefront rows, audit rows. */
public final class Staff {

    public static final String PASSWORD = "member-pass-1";
    private static final AtomicInteger STOREFRONTS = new AtomicInteger();

    /** A member added by the owner through {@code POST /accounts/api/staff/}, logged in with their own token. */
    public record Member(String id, String email, ApiClient client) {
    }

    private Staff() {
    }

    public static Member add(TestBusiness shop, String role, String... storefronts) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@test.pos";
        ApiClient.Response created = shop.owner.post("/accounts/api/staff/", Map.of("name", role + " " + email,
                "email", email, "password", PASSWORD, "role", role, "storefronts", List.of(storefronts)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Member(created.json().at("/user/id").asText(), email, shop.owner.withToken(login(email, PASSWORD)));
    }

    /** A fresh token for the email and password (asserting the login works). */
    public static String login(String email, String password) {
        ApiClient.Response r = loginResponse(email, password);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.text("token");
    }

    public static ApiClient.Response loginResponse(String email, String password) {
        return TestServer.get().anonymous().post("/accounts/api/auth/login/",
                Map.of("email", email, "password", password));
    }

    /**
     * A storefront row written directly with SQL (the storefront endpoints are another feature's): returns its id.
     */
    public static String storefront(TestBusiness shop, String name) {
        UUID id = UUID.randomUUID();
        String code = "T" + Integer.toString(STOREFRONTS.incrementAndGet(), 36).toUpperCase();
        jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO storefront (business_id, id, name, location, code, is_active, created_at, updated_at)
                        VALUES (:business, :id, :name, '', :code, true, :now, :now)""")
                .bind("business", UUID.fromString(shop.businessId))
                .bind("id", id)
                .bind("name", name)
                .bind("code", code)
                .bind("now", Instant.now())
                .execute());
        return id.toString();
    }

    /** The audit entries about one customer, oldest first: event type and event data as JSON text. */
    public static List<Map<String, Object>> auditOfCustomer(TestBusiness shop, String customerId) {
        return jdbi().withHandle(h -> h.createQuery("""
                        SELECT event_type, event_data::text AS data, user_id::text AS user_id, description
                        FROM audit_log WHERE business_id = :business AND customer_id = :customer ORDER BY seq""")
                .bind("business", UUID.fromString(shop.businessId))
                .bind("customer", UUID.fromString(customerId))
                .mapToMap()
                .list());
    }

    public static Jdbi jdbi() {
        return TestServer.get().app().database().jdbi();
    }
}
