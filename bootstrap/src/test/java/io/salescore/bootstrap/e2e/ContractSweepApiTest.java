package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.OpenApiContract;
import io.salescore.bootstrap.support.StockSetup;
import io.salescore.bootstrap.support.TestServer;
import io.salescore.bootstrap.support.TestStaff;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared conventions, swept over every operation of the OpenAPI document (so a new operation is covered the day
 * it is documented): authentication, path ids, methods, malformed and oversized bodies, idempotency keys, If-Match,
 * paging limits and storefront scope. Each answer is also checked against the document by {@link ApiClient}.
 */
class ContractSweepApiTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("([a-z_-]+)/\\{[a-z_]+}");

    private static StockSetup stock;
    private static ApiClient owner;
    private static final Map<String, String> ids = new LinkedHashMap<>();

    /** One business with one of everything the paths name. */
    @BeforeAll
    static void oneOfEverything() {
        stock = StockSetup.newBusiness();
        owner = stock.shop.owner;
        String storefront = stock.storefront("Sweep");
        String warehouse = stock.warehouse("Sweep warehouse");
        String product = stock.product("Sweep product");
        String batch = stock.batch(product, warehouse, "10", "5.00");
        stock.transfer(batch, storefront, "10");
        String customer = owner.post("/sales/api/customers/", Map.of("name", "Sweep customer")).id();
        String member = owner.post("/accounts/api/staff/", Map.of("name", "Sweep cashier", "email",
                "sweep-" + UUID.randomUUID() + "@test.pos", "password", "sweep-pass-1", "role", "CASHIER",
                "storefronts", List.of(storefront))).json().at("/user/id").asText();
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        String line = owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product,
                "quantity", 1)).id();
        String entry = owner.get("/sales/api/audit-logs/?sale=" + sale).results().get(0).get("id").asText();
        ids.put("staff/{user_id}", member);
        ids.put("storefronts/{id}", storefront);
        ids.put("storefronts/{storefront}", storefront);
        ids.put("stock-products/{product}", product);
        ids.put("warehouses/{id}", warehouse);
        ids.put("products/{id}", product);
        owner.patch("/inventory/api/products/" + product + "/", Map.of("barcode", "SWEEP-" + product));
        ids.put("by-barcode/{barcode}", "SWEEP-" + product);
        ids.put("stock-products/{id}", batch);
        ids.put("customers/{id}", customer);
        ids.put("?customer", customer);
        ids.put("sales/{id}", sale);
        ids.put("sale-items/{id}", line);
        ids.put("items/{item}", line);
        ids.put("audit-logs/{id}", entry);
        ids.put("sessions/{id}", owner.post("/sales/api/sessions/", Map.of("storefront", storefront,
                "opening_float", "10.00")).id());
        ids.put("docs/{asset}", "swagger-ui.css");
        String sold = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        String soldLine = owner.post("/sales/api/sales/" + sold + "/add_item/", Map.of("product", product,
                "quantity", 2)).id();
        owner.post("/sales/api/sales/" + sold + "/complete/", Map.of("payment_type", "CASH",
                "payments", List.of(Map.of("amount_paid", "10.00", "payment_method", "CASH"))));
        ids.put("refunds/{id}", owner.post("/sales/api/sales/" + sold + "/refund/", Map.of("reason", "Sweep",
                "items", List.of(Map.of("sale_item", soldLine, "quantity", 1)))).json().at("/refund/id").asText());
        io.salescore.bootstrap.support.Staff.login(owner.get("/accounts/api/staff/" + member + "/").json()
                .at("/user/email").asText(), "sweep-pass-1");
        ids.put("tokens/{token_id}", owner.get("/accounts/api/staff/" + member + "/tokens/").results().get(0).get("id")
                .asText());
        ids.put("pos/{asset}", "app.js");
    }

    /** A documented operation with its path filled in. */
    private record Call(String method, String template, String path, Operation operation) {

        boolean secured() {
            return operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        }

        boolean hasBody() {
            return operation.getRequestBody() != null;
        }

        boolean hasParameter(String name) {
            List<Parameter> parameters = operation.getParameters();
            return parameters != null && parameters.stream().anyMatch(p -> name.equals(p.getName())
                    || (p.get$ref() != null && p.get$ref().endsWith("/" + name.replace("-", ""))));
        }

        boolean authenticatedPost() {
            return method.equals("POST") && secured() && !template.endsWith("/logout/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every documented operation, path ids filled by {@code idFor} (a template's placeholder to a value). */
    private static List<Call> calls(Function<String, String> idFor) {
        List<Call> calls = new ArrayList<>();
        OpenApiContract.get().api().getPaths().forEach((template, item) -> {
            item.readOperationsMap().forEach((method, operation) ->
                    calls.add(new Call(method.name(), template, fill(template, idFor), operation)));
        });
        return calls;
    }

    /** Fills each {@code segment/{name}} of a template with {@code idFor("segment/{name}")}. */
    private static String fill(String template, Function<String, String> idFor) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = idFor.apply(m.group());
            assertThat(value).as("a path id the sweep has no value for: " + m.group()).isNotNull();
            m.appendReplacement(path, Matcher.quoteReplacement(m.group(1) + "/" + value));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** The static files of /docs/ and of the till page /pos/: named by file name, not by id. */
    private static boolean isFile(String key) {
        return key.startsWith("docs/") || key.startsWith("pos/");
    }

    private static List<Call> calls() {
        return calls(ids::get);
    }

    private static ApiClient.Response send(ApiClient client, Call call, String body) {
        return client.send(call.method(), call.path(), call.hasBody() ? body : null);
    }

    private static void expect(List<String> problems, Call call, ApiClient.Response r, int status, String code) {
        if (r.status() != status || (code != null && !code.equals(r.text("code")))) {
            problems.add(call + " -> " + r.status() + " " + r.body() + " (expected " + status + " " + code + ")");
        }
    }

    @Test
    void every_secured_operation_answers_401_without_a_token_and_with_a_bad_one() {
        ApiClient anonymous = TestServer.get().anonymous();
        ApiClient forged = anonymous.withToken("not-a-real-token");
        List<String> problems = new ArrayList<>();
        for (Call call : calls()) {
            if (!call.secured()) {
                continue;
            }
            ApiClient.Response none = send(anonymous, call, "{}");
            expect(problems, call, none, 401, "NOT_AUTHENTICATED");
            if (!"Token".equals(none.header("WWW-Authenticate"))) {
                problems.add(call + ": no WWW-Authenticate: Token");
            }
            expect(problems, call, send(forged, call, "{}"), 401, "INVALID_TOKEN");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_path_id_that_is_malformed_or_unknown_is_404() {
        List<String> problems = new ArrayList<>();
        String unknown = UUID.randomUUID().toString();
        for (Function<String, String> idFor : List.<Function<String, String>>of(key -> "not-a-uuid",
                key -> "1-1-1-1-1", key -> unknown)) {
            for (Call call : calls(key -> isFile(key) ? ids.get(key) : idFor.apply(key))) {
                if (call.template().contains("{") && !isFile(call.template().substring(1))) {
                    expect(problems, call, send(owner, call, "{}"), 404, "NOT_FOUND");
                }
            }
        }
        for (Call call : calls(key -> isFile(key) ? "no-such-file.js" : ids.get(key))) {
            if (isFile(call.template().substring(1)) && call.template().contains("{")) {
                expect(problems, call, send(owner, call, null), 404, "NOT_FOUND");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_path_answers_options_204_and_another_method_405_with_the_documented_methods_in_allow() {
        ApiClient anonymous = TestServer.get().anonymous();
        List<String> problems = new ArrayList<>();
        OpenApiContract.get().api().getPaths().forEach((template, item) -> {
            String path = fill(template, ids::get);
            Set<String> documented = new TreeSet<>();
            item.readOperationsMap().keySet().forEach(m -> documented.add(m.name()));
            documented.add("OPTIONS");
            ApiClient.Response put = anonymous.send("PUT", path, "{}");
            if (put.status() != 405 || put.header("Allow") == null
                    || !new TreeSet<>(List.of(put.header("Allow").split(",\\s*"))).equals(documented)) {
                problems.add("PUT " + path + " -> " + put.status() + " Allow: " + put.header("Allow")
                        + " (documented " + documented + ")");
            }
            ApiClient.Response options = anonymous.send("OPTIONS", path, null);
            if (options.status() != 204) {
                problems.add("OPTIONS " + path + " -> " + options.status());
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void every_operation_that_reads_a_body_refuses_malformed_json_and_a_body_over_one_mebibyte() {
        String huge = "{\"name\": \"" + "x".repeat(1024 * 1024 + 16) + "\"}";
        List<String> problems = new ArrayList<>();
        for (Call call : calls()) {
            if (!call.hasBody()) {
                continue;
            }
            expect(problems, call, send(owner, call, "{\"name\": "), 400, "MALFORMED_JSON");
            expect(problems, call, send(owner, call, "[1, 2]"), 400, "MALFORMED_JSON");
            expect(problems, call, send(owner, call, huge), 413, "PAYLOAD_TOO_LARGE");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_authenticated_post_refuses_a_malformed_idempotency_key() {
        ApiClient badKey = owner.withHeader("Idempotency-Key", "k".repeat(256));
        List<String> problems = new ArrayList<>();
        for (Call call : calls()) {
            if (call.authenticatedPost()) {
                expect(problems, call, badKey.send(call.method(), call.path(), "{}"), 400, "VALIDATION_ERROR");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_operation_taking_if_match_refuses_a_stale_version_with_412_and_the_current_etag() {
        ApiClient stale = owner.withHeader("If-Match", "\"999\"");
        List<String> problems = new ArrayList<>();
        int swept = 0;
        for (Call call : calls()) {
            if (!call.hasParameter("If-Match")) {
                continue;
            }
            swept++;
            ApiClient.Response r = stale.send(call.method(), call.path(), call.hasBody() ? "{}" : null);
            expect(problems, call, r, 412, "PRECONDITION_FAILED");
            if (r.header("ETag") == null) {
                problems.add(call + ": 412 without ETag");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(swept).isGreaterThanOrEqualTo(10);
    }

    @Test
    void every_paged_list_refuses_a_page_size_over_200_and_a_page_below_1() {
        List<String> problems = new ArrayList<>();
        int swept = 0;
        for (Call call : calls()) {
            if (!call.method().equals("GET") || !call.hasParameter("page_size")) {
                continue;
            }
            if (call.path().endsWith("/sale-catalog/") || call.path().endsWith("/multi-storefront-catalog/")) {
                // the old backend's catalogues clamp page_size to 5 000 (compat.md E6, E7, D-6; SaleCatalogApiTest,
                // OldFrontendCatalogAndCustomersApiTest)
                continue;
            }
            swept++;
            String query = call.path() + "?" + requiredQuery(call);
            expect(problems, call, owner.get(query + "page_size=201"), 400, "VALIDATION_ERROR");
            expect(problems, call, owner.get(query + "page=0"), 400, "VALIDATION_ERROR");
            ApiClient.Response ok = owner.get(query + "page=1&page_size=1");
            if (ok.status() != 200 || ok.header("X-Total-Count") == null) {
                problems.add(call + " paged -> " + ok.status() + " " + ok.header("X-Total-Count"));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(swept).isGreaterThanOrEqualTo(13);
    }

    /** The required query parameters of a call ({@code ?customer=} of the credit ledger), each followed by {@code &}. */
    private static String requiredQuery(Call call) {
        StringBuilder query = new StringBuilder();
        List<Parameter> parameters = call.operation().getParameters();
        for (Parameter p : parameters == null ? List.<Parameter>of() : parameters) {
            if ("query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())) {
                String value = ids.get("?" + p.getName());
                assertThat(value).as("a required query parameter the sweep has no value for: " + p.getName())
                        .isNotNull();
                query.append(p.getName()).append('=').append(value).append('&');
            }
        }
        return query.toString();
    }

    @Test
    void a_cashier_of_another_storefront_gets_403_on_everything_of_this_storefront_and_on_management() {
        ApiClient outsider = TestStaff.member(stock.shop, "CASHIER", stock.storefront("Elsewhere"));
        List<String> problems = new ArrayList<>();
        for (Call call : calls()) {
            String t = call.template();
            boolean scoped = t.startsWith("/sales/api/sales/{id}") || t.startsWith("/sales/api/sale-items/")
                    || t.startsWith("/inventory/api/storefronts/{");
            boolean management = t.startsWith("/accounts/api/staff/")
                    || (!call.method().equals("GET") && (t.startsWith("/inventory/api/warehouses/")
                    || t.startsWith("/inventory/api/products/") || t.startsWith("/inventory/api/stock-products/")
                    || t.startsWith("/inventory/api/storefronts/")))
                    || (t.equals("/sales/api/customers/{id}/") && !call.method().equals("GET"));
            if (scoped || management) {
                expect(problems, call, send(outsider, call, "{}"), 403, "PERMISSION_DENIED");
                if (call.hasBody()) { // http-api.md precedence: an unparsable body is answered before the 403
                    expect(problems, call, send(outsider, call, "{\"name\": "), 400, "MALFORMED_JSON");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
