package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in and restoring a session as the React frontend written for the old backend does (compat.md E1-E3):
 * it refuses a login whose user is not verified and active, reads the role from {@code employment.role}
 * (a cashier is {@code STAFF}), dereferences {@code employment.business.id}, restores a stored token through
 * {@code /accounts/api/users/me/} and picks its catalogue mode from {@code /accounts/api/users/storefronts/}.
 */
class OldFrontendAccountsApiTest {

    private final TestBusiness shop = TestBusiness.register("Corner Shop");
    private final TestStock stock = new TestStock(shop);
    private final String main = stock.storefront("Main Street");
    private final String airport = stock.storefront("Airport");

    @Test
    void the_owners_login_answer_has_what_the_old_login_screen_reads() {
        ApiClient.Response r = Staff.loginResponse(shop.ownerEmail, "secret-pass-1");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode user = r.json().get("user");
        assertThat(user.get("email_verified").asBoolean()).isTrue();
        assertThat(user.get("is_active").asBoolean()).isTrue();
        assertThat(user.get("account_type").asText()).isEqualTo("OWNER");
        assertThat(user.get("role").asText()).isEqualTo("OWNER");
        assertThat(user.get("final_userRole").asText()).isEqualTo("OWNER");
        assertThat(user.get("platform_role").asText()).isEqualTo("NONE");
        assertThat(user.get("picture_url").isNull()).isTrue();
        assertThat(user.get("profile").isNull()).isTrue();
        assertThat(user.get("employment")).isEqualTo(r.json().get("employment"));

        JsonNode employment = r.json().get("employment");
        assertThat(employment.get("role").asText()).isEqualTo("OWNER");
        assertThat(employment.get("is_admin").asBoolean()).isTrue();
        JsonNode business = employment.get("business");
        assertThat(business.get("id").asText()).isEqualTo(shop.businessId);
        assertThat(business.get("name").asText()).isEqualTo("Corner Shop");
        assertThat(business.get("owner").asText()).isEqualTo(shop.ownerId);
        assertThat(business.get("owner_name").asText()).isEqualTo("Owner of Corner Shop");
        assertThat(business.get("subscription_status").asText()).isEqualTo("ACTIVE");
        assertThat(business.get("website").isNull()).isTrue();
        assertThat(employment.get("storefronts")).extracting(s -> s.get("name").asText())
                .containsExactly("Airport", "Main Street");
        // our own keys stay
        assertThat(r.json().at("/business/id").asText()).isEqualTo(shop.businessId);
        assertThat(r.json().at("/membership/role").asText()).isEqualTo("OWNER");
    }

    @Test
    void a_cashier_is_the_old_staff_role_and_sees_only_assigned_storefronts() {
        Staff.Member cashier = Staff.add(shop, "CASHIER", main);
        ApiClient.Response r = Staff.loginResponse(cashier.email(), Staff.PASSWORD);
        assertThat(r.json().at("/user/account_type").asText()).isEqualTo("EMPLOYEE");
        assertThat(r.json().at("/user/role").asText()).isEqualTo("STAFF");
        assertThat(r.json().at("/user/role_name").asText()).isEqualTo("Cashier");
        assertThat(r.json().at("/employment/role").asText()).isEqualTo("STAFF");
        assertThat(r.json().at("/employment/is_admin").asBoolean()).isFalse();
        assertThat(r.json().at("/employment/business/id").asText()).isEqualTo(shop.businessId);
        assertThat(r.json().at("/employment/storefronts")).extracting(s -> s.get("id").asText()).containsExactly(main);

        ApiClient.Response storefronts = cashier.client().get("/accounts/api/users/storefronts/");
        assertThat(storefronts.status()).isEqualTo(200);
        assertThat(storefronts.json().get("count").asInt()).isEqualTo(1);
        assertThat(storefronts.json().at("/storefronts/0/id").asText()).isEqualTo(main);
        assertThat(storefronts.json().at("/storefronts/0/is_active").asBoolean()).isTrue();
        assertThat(storefronts.json().has("results")).isFalse();

        // the old frontend's 403 banner reads DRF's `detail` only (compat.md X3)
        ApiClient.Response refused = cashier.client().get("/accounts/api/staff/");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).isEqualTo(refused.text("error")).isNotBlank();
        assertThat(refused.text("code")).isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void session_restore_reads_the_bare_user() {
        Staff.Member manager = Staff.add(shop, "MANAGER", main, airport);
        ApiClient.Response me = manager.client().get("/accounts/api/users/me/");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo(manager.id());
        assertThat(me.json().get("email").asText()).isEqualTo(manager.email());
        assertThat(me.json().get("role").asText()).isEqualTo("MANAGER");
        assertThat(me.json().get("role_name").asText()).isEqualTo("Manager");
        assertThat(me.json().get("email_verified").asBoolean()).isTrue();
        assertThat(me.json().has("employment")).isFalse();
        assertThat(shop.server.anonymous().get("/accounts/api/users/me/").status()).isEqualTo(401);
    }

    @Test
    void the_owner_sees_every_active_storefront_unpaged() {
        stock.storefront("Closed");
        String closed = shop.owner.get("/inventory/api/storefronts/?search=Closed").results().get(0).get("id").asText();
        assertThat(shop.owner.delete("/inventory/api/storefronts/" + closed + "/").status()).isEqualTo(204);
        JsonNode answer = shop.owner.get("/accounts/api/users/storefronts/").json();
        assertThat(answer.get("storefronts")).extracting(s -> s.get("name").asText()).containsExactly("Airport", "Main Street");
        assertThat(answer.get("count").asInt()).isEqualTo(2);
    }
}
