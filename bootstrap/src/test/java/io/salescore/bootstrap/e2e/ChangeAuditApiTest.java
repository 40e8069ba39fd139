package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.StockSetup;
import io.salescore.bootstrap.support.TestStaff;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change to staff, products, batches, storefronts and warehouses is in the audit log, with who did it and
 * the values before and after, so a manager cannot cut a price, sell and restore it without a trace.
 */
class ChangeAuditApiTest {

    private final StockSetup stock = StockSetup.newBusiness();
    private final ApiClient owner = stock.shop.owner;

    private JsonNode entries(String eventType) {
        ApiClient.Response r = owner.get("/sales/api/audit-logs/?event_type=" + eventType);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.results();
    }

    private JsonNode only(String eventType) {
        JsonNode entries = entries(eventType);
        assertThat(entries).as(eventType).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("user").asText()).isEqualTo(stock.shop.ownerId);
        assertThat(entry.get("description").asText()).isNotBlank();
        return entry;
    }

    @Test
    void staff_created_changed_reset_and_deactivated_are_audited_with_before_and_after() {
        String storefront = stock.storefront("Front");
        Staff.Member cashier = Staff.add(stock.shop, "CASHIER");
        JsonNode created = only("staff.created");
        assertThat(created.at("/event_data/user_id").asText()).isEqualTo(cashier.id());
        assertThat(created.at("/event_data/role").asText()).isEqualTo("CASHIER");

        assertThat(owner.patch("/accounts/api/staff/" + cashier.id() + "/",
                Map.of("role", "MANAGER", "storefronts", List.of(storefront))).status()).isEqualTo(200);
        JsonNode updated = only("staff.updated");
        assertThat(updated.at("/event_data/changes/role/before").asText()).isEqualTo("CASHIER");
        assertThat(updated.at("/event_data/changes/role/after").asText()).isEqualTo("MANAGER");
        assertThat(updated.at("/event_data/changes/storefronts/after/0").asText()).isEqualTo(storefront);

        assertThat(owner.patch("/accounts/api/staff/" + cashier.id() + "/", Map.of("password", "reset-pass-77"))
                .status()).isEqualTo(200);
        JsonNode reset = only("staff.password_reset");
        assertThat(reset.at("/event_data/user_id").asText()).isEqualTo(cashier.id());
        assertThat(reset.at("/event_data/tokens_revoked").asInt()).isEqualTo(1);
        assertThat(reset.toString()).doesNotContain("reset-pass-77");

        assertThat(owner.delete("/accounts/api/staff/" + cashier.id() + "/").status()).isEqualTo(204);
        assertThat(only("staff.deactivated").at("/event_data/user_id").asText()).isEqualTo(cashier.id());

        ApiClient manager = TestStaff.member(stock.shop, "MANAGER", storefront);
        assertThat(manager.get("/sales/api/audit-logs/?event_type=staff.created").results())
                .as("staff entries are for owners and admins").isEmpty();
    }

    @Test
    void products_are_audited_with_their_changes() {
        String product = stock.product("Rice");
        assertThat(only("product.created").at("/event_data/name").asText()).isEqualTo("Rice");

        assertThat(owner.patch("/inventory/api/products/" + product + "/", Map.of("name", "Brown rice"))
                .status()).isEqualTo(200);
        JsonNode updated = only("product.updated");
        assertThat(updated.at("/event_data/product_id").asText()).isEqualTo(product);
        assertThat(updated.at("/event_data/changes/name/before").asText()).isEqualTo("Rice");
        assertThat(updated.at("/event_data/changes/name/after").asText()).isEqualTo("Brown rice");
        assertThat(updated.at("/event_data/changes").size()).isEqualTo(1);

        assertThat(owner.delete("/inventory/api/products/" + product + "/").status()).isEqualTo(204);
        only("product.deactivated");
    }

    @Test
    void a_managers_price_cut_and_restore_on_a_batch_leave_two_entries() {
        String warehouse = stock.warehouse("Back");
        String product = stock.product("Oil");
        String batch = stock.batch(product, warehouse, "10", "20.00");
        JsonNode created = only("stock_product.created");
        assertThat(created.at("/event_data/retail_price").asText()).isEqualTo("20.00");

        ApiClient manager = TestStaff.member(stock.shop, "MANAGER");
        assertThat(manager.patch("/inventory/api/stock-products/" + batch + "/", Map.of("retail_price", "1.00"))
                .status()).isEqualTo(200);
        assertThat(manager.patch("/inventory/api/stock-products/" + batch + "/", Map.of("retail_price", "20.00"))
                .status()).isEqualTo(200);

        JsonNode changes = entries("stock_product.updated");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).at("/event_data/changes/retail_price/before").asText()).isEqualTo("20.00");
        assertThat(changes.get(1).at("/event_data/changes/retail_price/after").asText()).isEqualTo("1.00");
        assertThat(changes.get(0).at("/event_data/changes/retail_price/after").asText()).isEqualTo("20.00");
        assertThat(changes.get(0).get("user_name").asText()).startsWith("Manager");
    }

    @Test
    void storefronts_and_warehouses_are_audited() {
        String storefront = stock.storefront("Corner");
        JsonNode created = only("storefront.created");
        assertThat(created.at("/event_data/storefront_id").asText()).isEqualTo(storefront);
        assertThat(owner.patch("/inventory/api/storefronts/" + storefront + "/", Map.of("location", "Market St"))
                .status()).isEqualTo(200);
        assertThat(only("storefront.updated").at("/event_data/changes/location/after").asText())
                .isEqualTo("Market St");
        assertThat(owner.delete("/inventory/api/storefronts/" + storefront + "/").status()).isEqualTo(204);
        only("storefront.deactivated");

        String warehouse = stock.warehouse("Depot");
        assertThat(only("warehouse.created").at("/event_data/warehouse_id").asText()).isEqualTo(warehouse);
        assertThat(owner.patch("/inventory/api/warehouses/" + warehouse + "/", Map.of("name", "Big depot"))
                .status()).isEqualTo(200);
        assertThat(only("warehouse.updated").at("/event_data/changes/name/before").asText()).isEqualTo("Depot");
        assertThat(owner.delete("/inventory/api/warehouses/" + warehouse + "/").status()).isEqualTo(204);
        only("warehouse.deactivated");
    }

    @Test
    void a_change_that_changes_nothing_writes_no_entry() {
        String product = stock.product("Salt");
        assertThat(owner.patch("/inventory/api/products/" + product + "/", Map.of("name", "Salt")).status())
                .isEqualTo(200);
        assertThat(entries("product.updated")).isEmpty();
    }
}
