package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.RoutePaths;
import io.salescore.bootstrap.support.RoutePaths.Route;
import io.salescore.bootstrap.support.StockSetup;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestServer;
import io.salescore.bootstrap.support.Traffic;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7: a second business uses the first one's ids on every endpoint. Path ids are 404, body ids the body-id refusal
 * (400, {@code details: {field: ["Not found."]}}), filters {@code []}; and no answer to the second business
 * carries anything of the first (any of its row ids, emails or unique names) beyond what the caller sent itself.
 */
class TenantIsolationTest {

    private static final List<String> TABLES = List.of("storefront", "warehouse", "product", "stock_product",
            "stock_transfer", "stock_adjustment", "stock_movement", "customer", "sale", "sale_item", "reservation",
            "payment", "audit_log");

    private final TestServer server = TestServer.get();
    private final Jdbi jdbi = server.app().database().jdbi();

    // The first business: a day of traffic, a staff member, a product and a customer with unique names.
    private final Traffic alpha = Traffic.inNewBusiness();
    private final String alphaName = "Alpha-" + UUID.randomUUID();
    private final String alphaBarcode = "ALPHA" + System.nanoTime();
    private final String alphaProduct = created(alpha.shop.owner.post("/inventory/api/products/", Map.of(
            "name", alphaName, "sku", alphaName, "barcode", alphaBarcode))).id();
    private final String alphaCustomer = created(alpha.shop.owner.post("/sales/api/customers/", Map.of(
            "name", alphaName, "phone", "+1 555 " + (System.nanoTime() % 10_000_000)))).id();
    private final String alphaStaff = created(alpha.shop.owner.post("/accounts/api/staff/", Map.of("name", alphaName,
            "email", "alpha-staff-" + UUID.randomUUID() + "@alpha.pos", "password", "secret-pass-1",
            "role", "MANAGER", "storefronts", List.of(alpha.storefront)))).json().at("/user/id").asText();
    private final Map<String, String> alphaIds = ids(alpha.shop, alpha.draftSale);

    // The second business, with a little of everything of its own.
    private final StockSetup betaStock = StockSetup.newBusiness();
    private final TestBusiness beta = betaStock.shop;
    private final ApiClient b = beta.owner;
    private final String betaStorefront = betaStock.storefront("Main");
    private final String betaWarehouse = betaStock.warehouse("Central");
    private final String betaProduct = betaStock.product("Rice");
    private final String betaBatch = betaStock.batch(betaProduct, betaWarehouse, "50", "4.00");
    private final String betaDraft = created(b.post("/sales/api/sales/", Map.of("storefront", betaStorefront))).id();
    private final Map<String, String> betaIds;

    private final List<String> leaks = new ArrayList<>();
    private final Set<String> alphaSecrets = secrets();

    TenantIsolationTest() {
        betaStock.transfer(betaBatch, betaStorefront, "40");
        created(b.post("/sales/api/sales/" + betaDraft + "/add_item/", Map.of("product", betaProduct, "quantity", 1)));
        created(b.post("/sales/api/customers/", Map.of("name", "Beta customer")));
        created(b.post("/accounts/api/staff/", Map.of("name", "Beta cashier", "email",
                "beta-" + UUID.randomUUID() + "@beta.pos", "password", "secret-pass-1", "role", "CASHIER",
                "storefronts", List.of(betaStorefront))));
        created(b.post("/sales/api/sessions/", Map.of("storefront", betaStorefront, "opening_float", "10.00")));
        betaIds = ids(beta, betaDraft);
    }

    private static ApiClient.Response created(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    /** An id of each kind of resource a route names, taken from the business's own rows. */
    private Map<String, String> ids(TestBusiness shop, String draftSale) {
        UUID business = UUID.fromString(shop.businessId);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("storefronts", first("storefront", business));
        ids.put("warehouses", first("warehouse", business));
        ids.put("products", first("product", business));
        ids.put("stock-products", first("stock_product", business));
        ids.put("by-barcode", jdbi.withHandle(h -> h.createQuery(
                        "SELECT barcode FROM product WHERE business_id = :b AND barcode IS NOT NULL LIMIT 1")
                .bind("b", business).mapTo(String.class).findOne().orElse("NO-BARCODE")));
        ids.put("customers", jdbi.withHandle(h -> h.createQuery(
                        "SELECT id::text FROM customer WHERE business_id = :b AND NOT is_walk_in ORDER BY created_at LIMIT 1")
                .bind("b", business).mapTo(String.class).one()));
        ids.put("staff", jdbi.withHandle(h -> h.createQuery(
                        "SELECT id::text FROM app_user WHERE business_id = :b AND role <> 'OWNER' LIMIT 1")
                .bind("b", business).mapTo(String.class).one()));
        ids.put("sales", draftSale);
        ids.put("sale-items", jdbi.withHandle(h -> h.createQuery(
                        "SELECT id::text FROM sale_item WHERE business_id = :b AND sale_id = :s LIMIT 1")
                .bind("b", business).bind("s", UUID.fromString(draftSale)).mapTo(String.class).one()));
        ids.put("audit-logs", first("audit_log", business));
        ids.put("sessions", jdbi.withHandle(h -> h.createQuery(
                        "SELECT id::text FROM till_session WHERE business_id = :b LIMIT 1")
                .bind("b", business).mapTo(String.class).findOne().orElse(UUID.randomUUID().toString())));
        return ids;
    }

    private String first(String table, UUID business) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id::text FROM " + table + " WHERE business_id = :b LIMIT 1")
                .bind("b", business).mapTo(String.class).one());
    }

    /** Everything that would show the first business: every id of its rows, its users' emails, its unique name. */
    private Set<String> secrets() {
        UUID business = UUID.fromString(alpha.shop.businessId);
        Set<String> secrets = new LinkedHashSet<>();
        secrets.add(alpha.shop.businessId);
        secrets.add(alphaName);
        secrets.add(alphaBarcode);
        jdbi.useHandle(h -> {
            for (String table : TABLES) {
                secrets.addAll(h.createQuery("SELECT id::text FROM " + table + " WHERE business_id = :b")
                        .bind("b", business).mapTo(String.class).list());
            }
            h.createQuery("SELECT id::text, email FROM app_user WHERE business_id = :b").bind("b", business)
                    .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2))).list().forEach(secrets::addAll);
        });
        return secrets;
    }

    /** Sends as the second business and records any secret of the first in the answer that the request lacked. */
    private ApiClient.Response send(String method, String path, String body) {
        ApiClient.Response r = b.send(method, path, body);
        String asked = path + " " + (body == null ? "" : body);
        for (String secret : alphaSecrets) {
            if (r.body().contains(secret) && !asked.contains(secret)) {
                leaks.add(method + " " + path + " answered " + secret + ": " + r.body());
            }
        }
        return r;
    }

    private static String json(Object body) {
        try {
            return ApiClient.JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void path_ids_of_another_business_are_not_found_on_every_route() {
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (Route route : RoutePaths.all(server)) {
            if (!route.hasPathIds()) {
                continue;
            }
            List<String> kinds = route.kinds();
            for (int mask = 1; mask < (1 << kinds.size()); mask++) {
                int m = mask;
                String path = route.path(kind -> (m & (1 << kinds.indexOf(kind))) != 0
                        ? alphaIds.get(kind) : betaIds.get(kind));
                ApiClient.Response r = send(route.method(), path,
                        route.method().equals("POST") || route.method().equals("PATCH") ? "{}" : null);
                asked++;
                boolean notFound = r.status() == 404 && "NOT_FOUND".equals(r.text("code"))
                        && "Not found.".equals(r.text("detail"));
                if (!notFound) {
                    wrong.add(route + " as " + path + " -> " + r.status() + " " + r.body());
                }
            }
        }

        assertThat(asked).isGreaterThan(35);
        assertThat(wrong).isEmpty();
        assertThat(leaks).isEmpty();
        assertAlphaUntouched();
    }

    @Test
    void body_ids_of_another_business_get_the_body_id_refusal() {
        Map<String, Object[]> cases = new LinkedHashMap<>();
        String sf = alphaIds.get("storefronts");
        cases.put("storefront", new Object[] {"POST", "/sales/api/sales/", Map.of("storefront", sf)});
        cases.put("customer", new Object[] {"POST", "/sales/api/sales/",
                Map.of("storefront", betaStorefront, "customer", alphaCustomer)});
        cases.put("product", new Object[] {"POST", "/sales/api/sales/" + betaDraft + "/add_item/",
                Map.of("product", alphaProduct, "quantity", 1)});
        cases.put("stock_product", new Object[] {"POST", "/sales/api/sales/" + betaDraft + "/add_item/",
                Map.of("product", betaProduct, "stock_product", alpha.riceBatch, "quantity", 1)});
        cases.put("batch product", new Object[] {"POST", "/inventory/api/stock-products/", Map.of("product",
                alpha.rice, "warehouse", betaWarehouse, "quantity", "5", "unit_cost", "1.00", "retail_price", "2.00")});
        cases.put("batch warehouse", new Object[] {"POST", "/inventory/api/stock-products/", Map.of("product",
                betaProduct, "warehouse", alpha.warehouse, "quantity", "5", "unit_cost", "1.00", "retail_price", "2.00")});
        cases.put("transfer stock_product", new Object[] {"POST", "/inventory/api/transfers/",
                Map.of("stock_product", alpha.riceBatch, "storefront", betaStorefront, "quantity", "1")});
        cases.put("transfer storefront", new Object[] {"POST", "/inventory/api/transfers/",
                Map.of("stock_product", betaBatch, "storefront", sf, "quantity", "1")});
        cases.put("adjustment product", new Object[] {"POST", "/inventory/api/storefronts/" + betaStorefront
                + "/adjustments/", Map.of("product", alpha.rice, "quantity_delta", "1", "reason", "Found")});
        cases.put("staff storefronts", new Object[] {"POST", "/accounts/api/staff/", Map.of("name", "X", "email",
                "x-" + UUID.randomUUID() + "@beta.pos", "password", "secret-pass-1", "role", "CASHIER",
                "storefronts", List.of(sf))});
        cases.put("staff update storefronts", new Object[] {"PATCH", "/accounts/api/staff/" + betaIds.get("staff")
                + "/", Map.of("storefronts", List.of(betaStorefront, sf))});
        List<String> wrong = new ArrayList<>();
        cases.forEach((name, c) -> {
            String field = name.substring(name.lastIndexOf(' ') + 1);
            ApiClient.Response r = send((String) c[0], (String) c[1], json(c[2]));
            JsonNode messages = r.json().at("/details/" + field);
            boolean refused = r.status() == 400 && "VALIDATION_ERROR".equals(r.text("code")) && messages.isArray()
                    && messages.size() == 1 && messages.get(0).asText().equals("Not found.");
            if (!refused) {
                wrong.add(name + ": " + c[0] + " " + c[1] + " -> " + r.status() + " " + r.body());
            }
        });
        for (String method : new String[] {"POST", "PATCH"}) {
            ApiClient.Response r = send(method, "/sales/api/sales/" + betaDraft + "/update_customer/",
                    json(Map.of("customer", alphaCustomer)));
            if (r.status() != 404 || !"CUSTOMER_NOT_FOUND".equals(r.text("code"))
                    || !beta.businessId.equals(r.text("business_id"))) {
                wrong.add("update_customer " + method + " -> " + r.status() + " " + r.body());
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(leaks).isEmpty();
        assertThat(b.get("/sales/api/sales/" + betaDraft + "/").json().get("line_items").size()).isEqualTo(1);
        assertAlphaUntouched();
        Integrity.assertClean(beta);
    }

    @Test
    void filters_naming_another_business_find_nothing() {
        String sf = alphaIds.get("storefronts");
        List<String> queries = List.of(
                "/sales/api/sales/?storefront=" + sf, "/sales/api/sales/?customer=" + alpha.customer,
                "/sales/api/sales/?user=" + alpha.shop.ownerId, "/sales/api/sales/?search=" + alphaName,
                "/sales/api/audit-logs/?sale=" + alpha.cashSale, "/sales/api/audit-logs/?customer=" + alpha.customer,
                "/sales/api/audit-logs/?user=" + alpha.shop.ownerId,
                "/inventory/api/stock-products/?product=" + alpha.rice,
                "/inventory/api/stock-products/?warehouse=" + alpha.warehouse,
                "/inventory/api/transfers/?storefront=" + sf, "/inventory/api/transfers/?product=" + alpha.rice,
                "/inventory/api/transfers/?stock_product=" + alpha.riceBatch,
                "/inventory/api/stock-movements/?storefront=" + sf,
                "/inventory/api/stock-movements/?product=" + alpha.rice,
                "/inventory/api/storefronts/" + betaStorefront + "/adjustments/?product=" + alpha.rice,
                "/inventory/api/storefronts/" + betaStorefront + "/inventory/?search=" + alphaName,
                "/inventory/api/storefronts/" + betaStorefront + "/inventory/?barcode=" + alphaBarcode,
                "/accounts/api/staff/?storefront=" + sf, "/accounts/api/staff/?search=" + alphaName,
                "/sales/api/customers/?search=" + alphaName, "/inventory/api/products/?search=" + alphaName,
                "/inventory/api/products/?barcode=" + alphaBarcode, "/inventory/api/products/?is_active=all&search="
                        + alphaName);
        List<String> wrong = new ArrayList<>();
        for (String query : queries) {
            ApiClient.Response r = send("GET", query, null);
            if (r.status() != 200 || !r.results().isEmpty() || !"0".equals(r.header("X-Total-Count"))) {
                wrong.add(query + " -> " + r.status() + " " + r.body());
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(leaks).isEmpty();
    }

    @Test
    void nothing_of_the_first_business_shows_in_any_answer_to_the_second() {
        for (Route route : RoutePaths.all(server)) {
            if (route.method().equals("GET")) {
                String path = route.path(betaIds::get);
                for (String query : List.of("", "?page_size=200", "?is_active=all&page_size=200")) {
                    send("GET", path + query, null);
                }
            }
        }
        send("GET", "/inventory/api/storefronts/" + betaStorefront + "/stock-products/" + alpha.rice
                + "/availability/", null);

        assertThat(alphaSecrets).as("what would show the first business").hasSizeGreaterThan(100);
        assertThat(leaks).isEmpty();
    }

    /** The first business's data is as it was: the probing changed nothing and the check passes. */
    private void assertAlphaUntouched() {
        ApiClient a = alpha.shop.owner;
        assertThat(a.get("/inventory/api/storefronts/" + alpha.storefront + "/").json().get("is_active").asBoolean())
                .isTrue();
        assertThat(a.get("/sales/api/customers/" + alpha.customer + "/").json().get("is_active").asBoolean()).isTrue();
        assertThat(a.get("/accounts/api/staff/" + alphaStaff + "/").json().get("is_active").asBoolean()).isTrue();
        JsonNode draft = a.get("/sales/api/sales/" + alpha.draftSale + "/").json();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("line_items").size()).isEqualTo(2);
        assertThat(a.get("/sales/api/sales/" + alpha.cashSale + "/").json().get("status").asText())
                .isEqualTo("COMPLETED");
        Integrity.assertClean(alpha.shop);
    }
}
