package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStaff;
import io.salescore.bootstrap.support.StockSetup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /inventory/api/warehouses/}: managers manage them, cashiers read them. */
class WarehousesApiTest {

    private final StockSetup stock = StockSetup.newBusiness();
    private final ApiClient owner = stock.shop.owner;

    @Test
    void a_manager_creates_changes_and_deactivates_a_warehouse() {
        ApiClient manager = TestStaff.member(stock.shop, "MANAGER");
        ApiClient.Response created = manager.post("/inventory/api/warehouses/",
                Map.of("name", "Main Warehouse", "location", "Ring Road"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().fieldNames()).toIterable().containsExactly("id", "name", "location", "is_active");
        String id = created.id();

        ApiClient.Response patched = manager.patch("/inventory/api/warehouses/" + id + "/", Map.of("location", ""));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.text("location")).isEmpty();
        assertThat(patched.text("name")).isEqualTo("Main Warehouse");

        assertThat(manager.delete("/inventory/api/warehouses/" + id).status()).isEqualTo(204);
        assertThat(owner.get("/inventory/api/warehouses/" + id + "/").json().get("is_active").asBoolean()).isFalse();
        assertThat(owner.get("/inventory/api/warehouses/").results()).isEmpty();
        assertThat(owner.get("/inventory/api/warehouses/?is_active=false").results()).hasSize(1);
    }

    @Test
    void a_cashier_reads_warehouses_but_cannot_change_them() {
        String id = stock.warehouse("Back Store");
        ApiClient cashier = TestStaff.member(stock.shop, "CASHIER");
        assertThat(cashier.get("/inventory/api/warehouses/").results()).hasSize(1);
        assertThat(cashier.get("/inventory/api/warehouses/" + id + "/").status()).isEqualTo(200);
        for (ApiClient.Response r : List.of(cashier.post("/inventory/api/warehouses/", "{}"),
                cashier.patch("/inventory/api/warehouses/" + id + "/", Map.of("name", "X")),
                cashier.delete("/inventory/api/warehouses/" + id + "/"))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.text("code")).isEqualTo("PERMISSION_DENIED");
        }
    }

    @Test
    void lists_are_by_name_with_search_and_foreign_ids_do_not_exist() {
        stock.warehouse("Zeta Depot");
        stock.warehouse("Alpha Depot");
        stock.warehouse("Cold Room");
        List<String> names = new java.util.ArrayList<>();
        owner.get("/inventory/api/warehouses/?search=DEPOT").results().forEach(w -> names.add(w.get("name").asText()));
        assertThat(names).containsExactly("Alpha Depot", "Zeta Depot");

        String id = stock.warehouse("Private");
        ApiClient stranger = TestBusiness.register().owner;
        assertThat(stranger.get("/inventory/api/warehouses/" + id + "/").status()).isEqualTo(404);
        assertThat(stranger.patch("/inventory/api/warehouses/" + id + "/", Map.of("name", "X")).status())
                .isEqualTo(404);
        assertThat(stranger.delete("/inventory/api/warehouses/" + id + "/").status()).isEqualTo(404);
        assertThat(TestStaff.member(stock.shop, "CASHIER").patch("/inventory/api/warehouses/not-an-id/", "{}")
                .status()).as("path ids before the role").isEqualTo(404);
        assertThat(owner.post("/inventory/api/warehouses/", Map.of("location", "x")).json().at("/details/name/0")
                .asText()).isEqualTo("This field is required.");
    }
}
