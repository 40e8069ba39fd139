package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStaff;
import io.salescore.bootstrap.support.StockSetup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /inventory/api/storefronts/}: codes, roles, assignment, deactivation, tenancy. */
class StorefrontsApiTest {

    private final StockSetup stock = StockSetup.newBusiness();
    private final ApiClient owner = stock.shop.owner;

    private static List<String> names(ApiClient.Response r) {
        List<String> names = new ArrayList<>();
        r.results().forEach(s -> names.add(s.get("name").asText()));
        return names;
    }

    @Test
    void create_derives_the_code_from_the_name_avoiding_taken_ones() {
        ApiClient.Response first = owner.post("/inventory/api/storefronts/",
                Map.of("name", "Main Street Shop", "location", "12 Main St"));
        ApiClient.Response second = owner.post("/inventory/api/storefronts/", Map.of("name", "main street shop 2"));
        ApiClient.Response tiny = owner.post("/inventory/api/storefronts/", Map.of("name", "#"));

        assertThat(first.status()).isEqualTo(201);
        JsonNode json = first.json();
        assertThat(json.get("code").asText()).isEqualTo("MAINSTRE");
        assertThat(json.get("location").asText()).isEqualTo("12 Main St");
        assertThat(json.get("is_active").asBoolean()).isTrue();
        assertThat(json.fieldNames()).toIterable().containsExactly("id", "name", "location", "code", "is_active");
        assertThat(second.text("code")).isEqualTo("MAINSTR2");
        assertThat(tiny.text("code")).isEqualTo("SF");
    }

    @Test
    void an_explicit_code_is_validated_and_unique_in_the_business() {
        assertThat(owner.post("/inventory/api/storefronts/", Map.of("name", "A", "code", "AIR1")).text("code"))
                .isEqualTo("AIR1");
        for (String bad : List.of("air1", "A", "ABCDEFGHI", "A-1", "")) {
            ApiClient.Response r = owner.post("/inventory/api/storefronts/", Map.of("name", "B", "code", bad));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(r.json().at("/details/code").isArray()).isTrue();
        }
        ApiClient.Response taken = owner.post("/inventory/api/storefronts/", Map.of("name", "B", "code", "AIR1"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().at("/details/code/0").asText()).isEqualTo("A storefront with this code already exists.");

        String other = owner.post("/inventory/api/storefronts/", Map.of("name", "C")).id();
        ApiClient.Response clash = owner.patch("/inventory/api/storefronts/" + other + "/", Map.of("code", "AIR1"));
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.json().at("/details/code").isArray()).isTrue();

        TestBusiness elsewhere = TestBusiness.register();
        assertThat(elsewhere.owner.post("/inventory/api/storefronts/", Map.of("name", "X", "code", "AIR1")).status())
                .as("codes are unique per business only").isEqualTo(201);
    }

    @Test
    void the_code_is_fixed_once_a_receipt_uses_it_but_other_fields_still_change() {
        String id = stock.storefront("Kiosk");
        assertThat(owner.patch("/inventory/api/storefronts/" + id + "/", Map.of("code", "KIOSK1")).status())
                .isEqualTo(200);
        stock.receipt(id, "KIOSK1-20261122-0001");

        ApiClient.Response refused = owner.patch("/inventory/api/storefronts/" + id + "/", Map.of("code", "KIOSK2"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/details/code/0").asText()).contains("receipt");
        ApiClient.Response renamed = owner.patch("/inventory/api/storefronts/" + id,
                Map.of("name", "Kiosk North", "location", "Gate 3", "code", "KIOSK1"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.text("name")).isEqualTo("Kiosk North");
        assertThat(renamed.text("code")).isEqualTo("KIOSK1");
    }

    @Test
    void lists_are_by_name_paged_and_active_unless_asked() {
        stock.storefront("Charlie");
        stock.storefront("alpha");
        String bravo = stock.storefront("Bravo");
        assertThat(owner.delete("/inventory/api/storefronts/" + bravo + "/").status()).isEqualTo(204);

        ApiClient.Response active = owner.get("/inventory/api/storefronts/");
        assertThat(names(active)).containsExactly("alpha", "Charlie");
        assertThat(active.header("X-Total-Count")).isEqualTo("2");
        assertThat(names(owner.get("/inventory/api/storefronts/?is_active=false"))).containsExactly("Bravo");
        assertThat(names(owner.get("/inventory/api/storefronts/?is_active=all"))).containsExactly("alpha", "Bravo",
                "Charlie");
        ApiClient.Response page = owner.get("/inventory/api/storefronts/?is_active=all&page=2&page_size=1");
        assertThat(names(page)).containsExactly("Bravo");
        assertThat(page.header("X-Total-Count")).isEqualTo("3");
        assertThat(page.header("Link")).contains("rel=\"next\"").contains("rel=\"prev\"").contains("is_active=all");
        assertThat(owner.get("/inventory/api/storefronts/?page=9").results()).isEmpty();
        assertThat(owner.get("/inventory/api/storefronts/?page_size=500").status()).isEqualTo(400);
        assertThat(owner.get("/inventory/api/storefronts/?is_active=maybe").status()).isEqualTo(400);

        ApiClient.Response deleted = owner.get("/inventory/api/storefronts/" + bravo + "/");
        assertThat(deleted.status()).as("still readable by id").isEqualTo(200);
        assertThat(deleted.json().get("is_active").asBoolean()).isFalse();
    }

    @Test
    void managers_and_cashiers_see_only_their_storefronts_and_cannot_change_any() {
        String mine = stock.storefront("Mine");
        String theirs = stock.storefront("Theirs");
        for (String role : List.of("MANAGER", "CASHIER")) {
            ApiClient member = TestStaff.member(stock.shop, role, mine);
            assertThat(names(member.get("/inventory/api/storefronts/"))).as(role).containsExactly("Mine");
            assertThat(member.get("/inventory/api/storefronts/" + mine + "/").status()).isEqualTo(200);
            ApiClient.Response denied = member.get("/inventory/api/storefronts/" + theirs + "/");
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.text("code")).isEqualTo("PERMISSION_DENIED");
            assertThat(member.post("/inventory/api/storefronts/", "{}").status()).as("403 before the body")
                    .isEqualTo(403);
            assertThat(member.patch("/inventory/api/storefronts/" + mine + "/", Map.of("name", "X")).status())
                    .isEqualTo(403);
            assertThat(member.delete("/inventory/api/storefronts/" + mine + "/").status()).isEqualTo(403);
        }
        ApiClient admin = TestStaff.member(stock.shop, "ADMIN");
        assertThat(names(admin.get("/inventory/api/storefronts/"))).containsExactly("Mine", "Theirs");
        assertThat(admin.patch("/inventory/api/storefronts/" + theirs + "/", Map.of("is_active", false)).status())
                .isEqualTo(200);
    }

    @Test
    void another_business_s_storefront_does_not_exist() {
        String id = stock.storefront("Secret");
        ApiClient stranger = TestBusiness.register().owner;
        for (ApiClient.Response r : List.of(stranger.get("/inventory/api/storefronts/" + id + "/"),
                stranger.patch("/inventory/api/storefronts/" + id + "/", Map.of("name", "Mine now")),
                stranger.delete("/inventory/api/storefronts/" + id + "/"),
                stranger.get("/inventory/api/storefronts/" + id + "/inventory/"),
                stranger.get("/inventory/api/storefronts/" + id + "/adjustments/"),
                owner.get("/inventory/api/storefronts/1-1-1-1-1/"),
                owner.get("/inventory/api/storefronts/" + UUID.randomUUID() + "/"))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.text("code")).isEqualTo("NOT_FOUND");
        }
        assertThat(stranger.get("/inventory/api/storefronts/").results()).isEmpty();
        assertThat(owner.get("/inventory/api/storefronts/" + id + "/").text("name")).isEqualTo("Secret");
    }

    @Test
    void bad_text_and_wrong_types_are_validation_errors_naming_every_field() {
        ApiClient.Response r = owner.post("/inventory/api/storefronts/",
                "{\"name\": \"" + "x".repeat(256) + "\", \"location\": 5, \"code\": true}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("details").fieldNames()).toIterable().contains("name", "location", "code");
        assertThat(owner.post("/inventory/api/storefronts/", Map.of("name", "a\u0000b")).status()).isEqualTo(400);
        assertThat(owner.post("/inventory/api/storefronts/", Map.of("name", "  ")).status()).isEqualTo(400);
        assertThat(owner.post("/inventory/api/storefronts/", "[]").text("code")).isEqualTo("MALFORMED_JSON");
        String id = stock.storefront("Typed");
        assertThat(owner.patch("/inventory/api/storefronts/" + id + "/", Map.of("is_active", "no")).status())
                .isEqualTo(400);
    }
}
