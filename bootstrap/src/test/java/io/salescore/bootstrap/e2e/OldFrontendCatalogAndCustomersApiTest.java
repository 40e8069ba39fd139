package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.StatementCounter;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue, storefront picker and customer calls of the React frontend written for the old backend, sent as it
 * sends them (compat.md E7, E8, E9), asserting the fields it reads.
 */
class OldFrontendCatalogAndCustomersApiTest {

    private static final String MULTI = "/inventory/api/storefronts/multi-storefront-catalog/";
    private static final String CUSTOMERS = "/sales/api/customers/";

    private final TestBusiness shop = TestBusiness.register("Corner Shop");
    private final TestStock stock = new TestStock(shop);
    private final String main = stock.storefront("Main Street");
    private final String airport = stock.storefront("Airport");

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    private static void assertBadParameter(ApiClient.Response r, String parameter) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(r.json().get("details").has(parameter)).as(r.toString()).isTrue();
    }

    /** E7: ProductSearchPanel in multi-storefront mode. */
    @Nested
    class MultiStorefrontCatalogue {

        private final TestStock.Product rice = stock.product(main, "Rice 1kg", "2.40", "2.00", 10);
        private final TestStock.Product tea = stock.product(airport, "Tea", "5.00", "0.00", 3);

        @Test
        void lists_every_storefront_of_the_owner_with_each_products_locations_and_total() {
            String newer = stock.batch(rice.id(), "2.50", "2.10", 4).toString();
            stock.transfer(airport, rice.id(), newer, 4);
            String sale = shop.owner.post("/sales/api/sales/", Map.of("storefront", airport)).id();
            ApiClient.Response added = shop.owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product",
                    rice.id(), "stock_product", newer, "quantity", 1, "unit_price", "2.50"));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);

            ApiClient.Response r = shop.owner.get(MULTI);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            JsonNode page = r.json();
            assertThat(page.fieldNames()).toIterable().containsExactly("count", "next", "previous", "page_size",
                    "total_pages", "current_page", "storefronts", "products");
            assertThat(page.has("results")).isFalse();
            assertThat(texts(page.get("storefronts"), "name")).containsExactly("Airport", "Main Street");
            assertThat(texts(page.get("storefronts"), "id")).containsExactly(airport, main);
            assertThat(page.get("count").asInt()).isEqualTo(2);
            assertThat(page.get("page_size").asInt()).isEqualTo(5000);
            assertThat(page.get("total_pages").asInt()).isEqualTo(1);

            JsonNode first = page.at("/products/0");
            assertThat(first.get("product_name").asText()).isEqualTo("Rice 1kg");
            assertThat(first.get("product_id").asText()).isEqualTo(rice.id());
            assertThat(first.has("available_quantity")).isFalse();
            // the one formula per location: Airport 4 on hand, 1 held by the open cart; Main Street 10
            assertThat(texts(first.get("locations"), "storefront_id")).containsExactly(airport, main);
            assertThat(texts(first.get("locations"), "storefront_name")).containsExactly("Airport", "Main Street");
            assertThat(first.at("/locations/0/available_quantity").asInt()).isEqualTo(3);
            assertThat(first.at("/locations/1/available_quantity").asInt()).isEqualTo(10);
            assertThat(first.get("total_available").asInt()).isEqualTo(13);
            // the newest batch transferred into any listed storefront comes first, with its prices
            assertThat(first.get("stock_product_ids")).extracting(JsonNode::asText).containsExactly(newer, rice.batch());
            assertThat(first.get("retail_price").asText()).isEqualTo("2.50");
            assertThat(first.get("wholesale_price").asText()).isEqualTo("2.10");
            assertThat(first.get("category_name").isNull()).isTrue();
            assertThat(first.get("product_image").isNull()).isTrue();
            assertThat(first.get("last_stocked_at").isTextual()).isTrue();

            JsonNode second = page.at("/products/1");
            assertThat(second.get("product_name").asText()).isEqualTo("Tea");
            assertThat(texts(second.get("locations"), "storefront_id")).containsExactly(airport);
            assertThat(second.get("total_available").asInt()).isEqualTo(3);
            assertThat(second.get("wholesale_price").isNull()).as("0.00 wholesale is unset").isTrue();

            // narrowed to Main Street, that storefront's own batch comes first
            JsonNode main = shop.owner.get(MULTI + "?storefront=" + OldFrontendCatalogAndCustomersApiTest.this.main)
                    .json().at("/products/0");
            assertThat(main.at("/stock_product_ids/0").asText()).isEqualTo(rice.batch());
            assertThat(main.get("retail_price").asText()).isEqualTo("2.40");
            assertThat(main.get("total_available").asInt()).isEqualTo(10);
            Integrity.assertClean(shop);
        }

        @Test
        void a_cashier_sees_only_assigned_storefronts_and_an_empty_scope_is_an_empty_catalogue() {
            ApiClient cashier = Staff.add(shop, "CASHIER", main).client();
            JsonNode page = cashier.get(MULTI).json();
            assertThat(texts(page.get("storefronts"), "id")).containsExactly(main);
            assertThat(texts(page.get("products"), "product_name")).containsExactly("Rice 1kg");
            assertThat(texts(page.at("/products/0/locations"), "storefront_id")).containsExactly(main);

            // a storefront outside the caller's scope contributes nothing (not a 403)
            ApiClient.Response outside = cashier.get(MULTI + "?storefront=" + airport);
            assertThat(outside.status()).as(outside.toString()).isEqualTo(200);
            assertThat(outside.json().get("storefronts")).isEmpty();
            assertThat(outside.json().get("products")).isEmpty();
            assertThat(outside.json().get("count").asInt()).isZero();
            assertThat(outside.json().get("total_pages").asInt()).isEqualTo(1);

            TestBusiness empty = TestBusiness.register();
            ApiClient.Response none = empty.owner.get(MULTI);
            assertThat(none.status()).as(none.toString()).isEqualTo(200);
            assertThat(none.json().get("products")).isEmpty();
        }

        @Test
        void the_storefront_filter_narrows_and_the_other_filters_work_as_for_one_storefront() {
            JsonNode narrowed = shop.owner.get(MULTI + "?storefront=" + main).json();
            assertThat(texts(narrowed.get("storefronts"), "id")).containsExactly(main);
            assertThat(texts(narrowed.get("products"), "product_name")).containsExactly("Rice 1kg");
            JsonNode both = shop.owner.get(MULTI + "?storefront=" + main + "&storefront=" + airport).json();
            assertThat(both.get("count").asInt()).isEqualTo(2);
            assertThat(shop.owner.get(MULTI + "?storefront=" + UUID.randomUUID()).json().get("products")).isEmpty();

            assertThat(texts(shop.owner.get(MULTI + "?search=TEA").json().get("products"), "product_name"))
                    .containsExactly("Tea");
            assertThat(texts(shop.owner.get(MULTI + "?min_price=3").json().get("products"), "product_name"))
                    .containsExactly("Tea");
            assertThat(shop.owner.get(MULTI + "?category=" + main).json().get("products")).isEmpty();
            assertThat(shop.owner.get(MULTI + "?page_size=1").json().get("next").asText())
                    .endsWith("page=2&page_size=1");

            // sold out on hand at the airport: gone unless zero stock is asked for
            shop.server.app().database().jdbi().useHandle(h -> h.createUpdate(
                    "UPDATE storefront_inventory SET quantity = 0 WHERE storefront_id = CAST(:s AS uuid)")
                    .bind("s", airport).execute());
            assertThat(shop.owner.get(MULTI).json().get("count").asInt()).isEqualTo(1);
            JsonNode zero = shop.owner.get(MULTI + "?in_stock_only=false").json();
            assertThat(zero.get("count").asInt()).isEqualTo(2);
            assertThat(zero.at("/products/1/total_available").asInt()).isZero();
            assertThat(shop.owner.get(MULTI + "?include_zero=true").json().get("count").asInt()).isEqualTo(2);

            for (String bad : List.of("?storefront=main", "?storefront=" + main + "&storefront=x")) {
                assertBadParameter(shop.owner.get(MULTI + bad), "storefront");
            }
            assertBadParameter(shop.owner.get(MULTI + "?min_price=cheap"), "min_price");
            assertBadParameter(shop.owner.get(MULTI + "?category=x"), "category");
        }

        @Test
        void costs_the_same_statements_whatever_the_number_of_products_and_locations() {
            StatementCounter counter = shop.server.statements();
            int two = counter.during(() -> assertThat(shop.owner.get(MULTI).json().get("count").asInt()).isEqualTo(2))
                    .size();
            for (int i = 0; i < 6; i++) {
                TestStock.Product p = stock.product(main, "Bulk " + i, "1.00", null, 5);
                String batch = stock.batch(p.id(), "1.00", null, 5).toString();
                stock.transfer(airport, p.id(), batch, 5);
            }
            int eight = counter.during(() -> assertThat(shop.owner.get(MULTI).json().get("count").asInt())
                    .isEqualTo(8)).size();

            assertThat(eight).isEqualTo(two).isLessThanOrEqualTo(4);
        }

        @Test
        void the_fixed_path_does_not_shadow_a_storefront_and_a_malformed_id_stays_404() {
            assertThat(shop.owner.get("/inventory/api/storefronts/" + main + "/").text("name")).isEqualTo("Main Street");
            assertThat(shop.owner.get("/inventory/api/storefronts/not-a-storefront/").status()).isEqualTo(404);
            assertThat(shop.owner.get("/inventory/api/storefronts/multi-storefront-catalo/").status()).isEqualTo(404);
            assertThat(shop.server.anonymous().get(MULTI).status()).isEqualTo(401);
            for (String method : List.of("PATCH", "DELETE", "PUT")) {
                ApiClient.Response other = shop.owner.send(method, MULTI, "{}");
                assertThat(other.status()).as(method + " " + other).isEqualTo(405);
                assertThat(other.header("Allow")).isEqualTo("GET, OPTIONS");
            }
        }
    }

    /** E8: locationSlice and inventoryService send the caller's business id on the storefront and warehouse lists. */
    @Nested
    class StorefrontPicker {

        @Test
        void the_callers_own_business_lists_as_without_it() {
            stock.product(main, "Rice 1kg", "2.40", "2.00", 1); // makes the business's warehouse
            ApiClient.Response storefronts = shop.owner.get("/inventory/api/storefronts/?page=1&business="
                    + shop.businessId);
            assertThat(storefronts.status()).as(storefronts.toString()).isEqualTo(200);
            assertThat(texts(storefronts.results(), "name")).containsExactly("Airport", "Main Street");
            assertThat(texts(storefronts.results(), "id")).containsExactly(airport, main);
            assertThat(storefronts.results().get(0).has("location")).isTrue();
            assertThat(storefronts.json().get("count").asInt()).isEqualTo(2);

            ApiClient.Response warehouses = shop.owner.get("/inventory/api/warehouses/?business=" + shop.businessId);
            assertThat(warehouses.status()).as(warehouses.toString()).isEqualTo(200);
            assertThat(texts(warehouses.results(), "name")).containsExactly("Main Warehouse");
            assertThat(shop.owner.get("/inventory/api/warehouses/?business_id=" + shop.businessId).results())
                    .hasSize(1);

            ApiClient cashier = Staff.add(shop, "CASHIER", main).client();
            assertThat(texts(cashier.get("/inventory/api/storefronts/?page=1&business=" + shop.businessId).results(),
                    "id")).containsExactly(main);
        }

        @Test
        void another_business_lists_nothing_and_a_malformed_id_is_400_naming_the_parameter() {
            TestBusiness other = TestBusiness.register();
            for (String list : List.of("/inventory/api/storefronts/?page=1&", "/inventory/api/warehouses/?")) {
                for (String parameter : List.of("business", "business_id")) {
                    ApiClient.Response foreign = shop.owner.get(list + parameter + "=" + other.businessId);
                    assertThat(foreign.status()).as(foreign.toString()).isEqualTo(200);
                    assertThat(foreign.results()).isEmpty();
                    assertThat(foreign.json().get("count").asInt()).isZero();
                    assertThat(shop.owner.get(list + parameter + "=" + UUID.randomUUID()).results()).isEmpty();
                    assertBadParameter(shop.owner.get(list + parameter + "=not-a-business"), parameter);
                }
            }
        }
    }

    /** E9: SalesPage finds (or creates) the walk-in customer; CreateCustomerModal adds a named one. */
    @Nested
    class Customers {

        private JsonNode find(String query) {
            ApiClient.Response r = shop.owner.get(CUSTOMERS + query);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            return r.results();
        }

        private String walkInKey(String name) {
            return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase();
        }

        @Test
        void the_walk_in_customer_comes_first_in_the_page_the_till_loads() {
            for (String name : List.of("Abena", "aaron", "Ama", "Kofi")) {
                assertThat(shop.owner.post(CUSTOMERS, Map.of("name", name)).status()).isEqualTo(201);
            }
            JsonNode page = find("?page_size=50");
            assertThat(texts(page, "name")).containsExactly("Walk-in Customer", "aaron", "Abena", "Ama", "Kofi");
            assertThat(walkInKey(page.get(0).get("name").asText())).isEqualTo("walkincustomer");
            assertThat(page.get(0).get("is_walk_in").asBoolean()).isTrue();
            assertThat(page.get(0).get("id").asText()).isNotBlank();
            assertThat(page.get(0).has("phone")).isTrue();

            ApiClient cashier = Staff.add(shop, "CASHIER", main).client();
            assertThat(cashier.get(CUSTOMERS + "?page_size=50").results().get(0).get("is_walk_in").asBoolean()).isTrue();
        }

        @Test
        void the_old_walk_in_name_finds_ours_and_the_old_phone_search_finds_a_customer_by_its_exact_phone() {
            JsonNode found = find("?search=Walk-In-Customer");
            assertThat(texts(found, "name")).containsExactly("Walk-in Customer");

            assertThat(find("?search=%2B233000000000")).isEmpty();
            String id = shop.owner.post(CUSTOMERS, Map.of("name", "Esi", "phone", "+233000000000")).id();
            JsonNode byPhone = find("?search=%2B233000000000");
            assertThat(texts(byPhone, "id")).containsExactly(id);
            assertThat(byPhone.get(0).get("phone").asText()).isEqualTo("+233000000000");
        }

        @Test
        void the_walk_in_creation_body_is_accepted_and_business_is_ignored() {
            TestBusiness other = TestBusiness.register();
            Map<String, Object> body = new HashMap<>();
            body.put("name", "Walk-In-Customer");
            body.put("phone", "+233000000000");
            body.put("type", "RETAIL");
            body.put("notes", "Default walk-in customer for POS sales");
            body.put("business", other.businessId);
            ApiClient.Response r = shop.owner.post(CUSTOMERS, body);
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            assertThat(r.text("name")).isEqualTo("Walk-In-Customer");
            assertThat(r.text("customer_type")).isEqualTo("RETAIL");
            assertThat(r.text("type")).isEqualTo("RETAIL");
            assertThat(r.text("notes")).isEqualTo("Default walk-in customer for POS sales");
            assertThat(r.json().get("is_walk_in").asBoolean()).isFalse();
            assertThat(shop.owner.get(CUSTOMERS + r.id() + "/").status()).isEqualTo(200);
            assertThat(other.owner.get(CUSTOMERS + r.id() + "/").status()).isEqualTo(404);

            // posting it again: the duplicate phone stays a 409
            ApiClient.Response again = shop.owner.post(CUSTOMERS, body);
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.text("code")).isEqualTo("DUPLICATE_PHONE");
        }

        @Test
        void the_create_customer_modal_body_makes_a_wholesale_customer_with_its_details() {
            ApiClient cashier = Staff.add(shop, "CASHIER", main).client();
            ApiClient.Response r = cashier.post(CUSTOMERS, Map.of("name", "Tema Traders", "phone", "000000123456",
                    "email", "orders@tema.gh", "type", "WHOLESALE", "notes", "Pays monthly"));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            assertThat(r.id()).isNotBlank();
            assertThat(r.text("name")).isEqualTo("Tema Traders");
            assertThat(r.text("customer_type")).isEqualTo("WHOLESALE");
            assertThat(r.text("type")).isEqualTo("WHOLESALE");
            assertThat(r.text("contact_person")).isEmpty();
            assertThat(r.text("tax_id")).isEmpty();

            // customer_type wins over type; contact person and tax id are stored and returned everywhere
            ApiClient.Response both = shop.owner.post(CUSTOMERS, Map.of("name", "Ama & Sons", "customer_type",
                    "RETAIL", "type", "WHOLESALE", "contact_person", "Ama Owusu", "tax_id", "C0012345678"));
            assertThat(both.status()).as(both.toString()).isEqualTo(201);
            assertThat(both.text("customer_type")).isEqualTo("RETAIL");
            JsonNode read = shop.owner.get(CUSTOMERS + both.id() + "/").json();
            assertThat(read.get("contact_person").asText()).isEqualTo("Ama Owusu");
            assertThat(read.get("tax_id").asText()).isEqualTo("C0012345678");
            assertThat(read.get("notes").asText()).isEmpty();
            assertThat(find("?search=Ama").get(0).get("tax_id").asText()).isEqualTo("C0012345678");
        }

        @Test
        void bad_values_are_400_naming_the_field() {
            assertBadParameter(shop.owner.post(CUSTOMERS, Map.of("name", "X", "type", "retail")), "type");
            assertBadParameter(shop.owner.post(CUSTOMERS, Map.of("name", "X", "tax_id", "x".repeat(65))), "tax_id");
            assertBadParameter(shop.owner.post(CUSTOMERS, Map.of("name", "X", "notes", "x".repeat(1001))), "notes");
            assertBadParameter(shop.owner.post(CUSTOMERS, Map.of("name", "X", "contact_person", 5)),
                    "contact_person");
            assertThat(shop.owner.post(CUSTOMERS, Map.of("name", "X", "notes", "x".repeat(1000))).status())
                    .isEqualTo(201);
            String id = shop.owner.post(CUSTOMERS, Map.of("name", "Y")).id();
            assertBadParameter(shop.owner.patch(CUSTOMERS + id + "/", Map.of("type", "BULK")), "type");
        }

        @Test
        void changes_of_the_new_fields_are_audited_with_before_and_after() {
            String id = shop.owner.post(CUSTOMERS, Map.of("name", "Kofi", "tax_id", "T-1", "notes", "VIP")).id();
            ApiClient.Response changed = shop.owner.patch(CUSTOMERS + id + "/", Map.of("type", "WHOLESALE",
                    "contact_person", "Kofi Jr", "tax_id", ""));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.text("customer_type")).isEqualTo("WHOLESALE");
            assertThat(changed.text("tax_id")).isEmpty();
            assertThat(changed.text("notes")).isEqualTo("VIP");

            List<Map<String, Object>> audit = Staff.auditOfCustomer(shop, id);
            assertThat(audit).extracting(e -> e.get("event_type")).containsExactly("customer.created",
                    "customer.updated");
            assertThat((String) audit.get(0).get("data")).contains("\"tax_id\": \"T-1\"")
                    .contains("\"notes\": \"VIP\"").contains("\"contact_person\": \"\"");
            JsonNode changes;
            try {
                changes = ApiClient.JSON.readTree((String) audit.get(1).get("data")).get("changes");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertThat(changes.fieldNames()).toIterable().containsExactlyInAnyOrder("customer_type",
                    "contact_person", "tax_id");
            assertThat(changes.at("/tax_id/before").asText()).isEqualTo("T-1");
            assertThat(changes.at("/tax_id/after").asText()).isEmpty();
            assertThat(changes.at("/contact_person/after").asText()).isEqualTo("Kofi Jr");
            assertThat(changes.at("/customer_type/before").asText()).isEqualTo("RETAIL");
        }
    }
}
