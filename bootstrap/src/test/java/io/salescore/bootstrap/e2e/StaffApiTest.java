package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /accounts/api/staff/} over HTTP, with the effects on login, tokens and {@code /me}. */
class StaffApiTest {

    private static final String STAFF = "/accounts/api/staff/";
    private static final String ME = "/accounts/api/me/";

    private final TestBusiness shop = TestBusiness.register();

    private static String one(String id) {
        return STAFF + id + "/";
    }

    private static Map<String, Object> newMember(String role, String... storefronts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Member " + role);
        body.put("email", role.toLowerCase() + "-" + UUID.randomUUID() + "@test.pos");
        body.put("password", "member-pass-1");
        body.put("role", role);
        body.put("storefronts", List.of(storefronts));
        return body;
    }

    private static void assertError(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.text("code")).as(r.toString()).isEqualTo(code);
        assertThat(r.json().has("error")).isTrue();
        assertThat(r.json().get("details").isObject()).isTrue();
    }

    private static List<String> emails(ApiClient.Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return StreamSupport.stream(list.results().spliterator(), false).map(m -> m.at("/user/email").asText()).toList();
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Nested
    class Creating {

        @Test
        void the_owner_adds_a_cashier_who_logs_in_and_sees_only_assigned_storefronts() {
            String main = Staff.storefront(shop, "Main");
            String annex = Staff.storefront(shop, "Annex");
            Map<String, Object> body = newMember("CASHIER", main);
            body.put("email", "  Mixed-" + UUID.randomUUID() + "@Test.POS ");

            ApiClient.Response r = shop.owner.post(STAFF, body);

            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            String email = ((String) body.get("email")).strip().toLowerCase();
            assertThat(r.json().at("/user/id").asText()).matches("[0-9a-f-]{36}");
            assertThat(r.json().at("/user/name").asText()).isEqualTo("Member CASHIER");
            assertThat(r.json().at("/user/email").asText()).isEqualTo(email);
            assertThat(r.text("role")).isEqualTo("CASHIER");
            assertThat(ids(r.json().get("storefronts"))).containsExactly(main);
            assertThat(r.json().get("is_active").booleanValue()).isTrue();
            assertThat(r.json().has("password")).isFalse();

            ApiClient cashier = shop.owner.withToken(Staff.login(email, "member-pass-1"));
            ApiClient.Response me = cashier.get(ME);
            assertThat(me.json().at("/membership/role").asText()).isEqualTo("CASHIER");
            assertThat(ids(me.json().at("/membership/storefronts"))).containsExactly(main);
            assertThat(ids(shop.owner.get(ME).json().at("/membership/storefronts")))
                    .containsExactlyInAnyOrder(main, annex);
        }

        @Test
        void missing_and_wrongly_typed_fields_are_named_all_at_once() {
            ApiClient.Response missing = shop.owner.post(STAFF, Map.of());
            assertError(missing, 400, "VALIDATION_ERROR");
            assertThat(missing.json().get("details").fieldNames()).toIterable()
                    .contains("name", "email", "password", "role");

            ApiClient.Response wrong = shop.owner.post(STAFF, Map.of("name", 1, "email", true, "password", 12345678,
                    "role", 3, "storefronts", "all"));
            assertError(wrong, 400, "VALIDATION_ERROR");
            assertThat(wrong.json().get("details").fieldNames()).toIterable()
                    .contains("name", "email", "password", "role", "storefronts");
        }

        @Test
        void bad_values_are_400() {
            Map<String, Object> shortPassword = newMember("CASHIER");
            shortPassword.put("password", "short");
            Map<String, Object> badEmail = newMember("CASHIER");
            badEmail.put("email", "nope");
            Map<String, Object> longName = newMember("CASHIER");
            longName.put("name", "x".repeat(256));
            Map<String, Object> nul = newMember("CASHIER");
            nul.put("name", "A\u0000B");
            Map<String, Object> badStorefront = newMember("CASHIER");
            badStorefront.put("storefronts", List.of("not-a-uuid"));
            Map<String, Object> lowerRole = newMember("cashier");
            lowerRole.put("role", "cashier");

            for (Map<String, Object> body : List.of(shortPassword, badEmail, longName, nul, badStorefront,
                    lowerRole)) {
                assertError(shop.owner.post(STAFF, body), 400, "VALIDATION_ERROR");
            }
            assertError(shop.owner.post(STAFF, "{\"name\""), 400, "MALFORMED_JSON");
        }

        @Test
        void nobody_is_made_owner() {
            ApiClient.Response r = shop.owner.post(STAFF, newMember("OWNER"));

            assertError(r, 400, "VALIDATION_ERROR");
            assertThat(r.json().at("/details/role").isArray()).isTrue();
        }

        @Test
        void a_taken_email_is_409_whatever_its_case_or_business() {
            Map<String, Object> body = newMember("MANAGER");
            body.put("email", shop.ownerEmail.toUpperCase());
            assertError(shop.owner.post(STAFF, body), 409, "EMAIL_TAKEN");

            TestBusiness other = TestBusiness.register();
            body.put("email", other.ownerEmail);
            assertError(shop.owner.post(STAFF, body), 409, "EMAIL_TAKEN");
        }

        @Test
        void storefronts_must_be_this_businesss_own() {
            String mine = Staff.storefront(shop, "Mine");
            String theirs = Staff.storefront(TestBusiness.register(), "Theirs");

            for (String storefront : List.of(theirs, UUID.randomUUID().toString())) {
                ApiClient.Response r = shop.owner.post(STAFF, newMember("CASHIER", mine, storefront));
                assertError(r, 400, "VALIDATION_ERROR");
                assertThat(r.json().get("details")).isEqualTo(ApiClient.JSON.valueToTree(
                        Map.of("storefronts", List.of("Not found."))));
            }
        }
    }

    @Nested
    class Reading {

        @Test
        void lists_every_active_member_by_name_with_filters_and_paging() {
            String main = Staff.storefront(shop, "Main");
            Staff.Member cashier = Staff.add(shop, "CASHIER", main);
            Staff.Member manager = Staff.add(shop, "MANAGER");
            Staff.Member gone = Staff.add(shop, "CASHIER");
            assertThat(shop.owner.delete(one(gone.id())).status()).isEqualTo(204);

            ApiClient.Response all = shop.owner.get(STAFF);
            assertThat(emails(all)).containsExactly(cashier.email(), manager.email(), shop.ownerEmail);
            assertThat(all.header("X-Total-Count")).isEqualTo("3");
            JsonNode owner = all.results().get(2);
            assertThat(owner.get("role").asText()).isEqualTo("OWNER");

            assertThat(emails(shop.owner.get(STAFF + "?role=CASHIER,MANAGER"))).containsExactly(cashier.email(),
                    manager.email());
            assertThat(emails(shop.owner.get(STAFF + "?storefront=" + main))).containsExactly(cashier.email());
            assertThat(emails(shop.owner.get(STAFF + "?is_active=false"))).containsExactly(gone.email());
            assertThat(emails(shop.owner.get(STAFF + "?is_active=all"))).hasSize(4);
            assertThat(emails(shop.owner.get(STAFF + "?search=" + manager.email().substring(0, 12).toUpperCase())))
                    .containsExactly(manager.email());

            ApiClient.Response page = shop.owner.get(STAFF + "?page_size=2&role=CASHIER,MANAGER,OWNER");
            assertThat(emails(page)).hasSize(2);
            assertThat(page.header("Link")).contains("rel=\"next\"").contains("role=");
        }

        @Test
        void filters_by_unknown_or_foreign_storefronts_are_empty_and_malformed_ones_400() {
            Staff.add(shop, "CASHIER", Staff.storefront(shop, "Main"));
            String theirs = Staff.storefront(TestBusiness.register(), "Theirs");

            assertThat(emails(shop.owner.get(STAFF + "?storefront=" + theirs))).isEmpty();
            assertThat(emails(shop.owner.get(STAFF + "?storefront=" + UUID.randomUUID()))).isEmpty();
            assertError(shop.owner.get(STAFF + "?storefront=1-1-1-1-1"), 400, "VALIDATION_ERROR");
            assertError(shop.owner.get(STAFF + "?role=KING"), 400, "VALIDATION_ERROR");
        }

        @Test
        void one_member_reads_by_id_and_other_businesses_get_404() {
            Staff.Member cashier = Staff.add(shop, "CASHIER");
            ApiClient other = TestBusiness.register().owner;

            ApiClient.Response r = shop.owner.get(one(cashier.id()));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().at("/user/email").asText()).isEqualTo(cashier.email());
            assertThat(shop.owner.get(one(shop.ownerId)).text("role")).isEqualTo("OWNER");

            for (String path : List.of(one(cashier.id()), one(UUID.randomUUID().toString()), one("nope"))) {
                assertError(other.get(path), 404, "NOT_FOUND");
                assertError(other.patch(path, Map.of("name", "Mine")), 404, "NOT_FOUND");
                assertError(other.patch(path, "{broken"), 404, "NOT_FOUND");
                assertError(other.delete(path), 404, "NOT_FOUND");
            }
            assertThat(emails(other.get(STAFF + "?is_active=all"))).doesNotContain(cashier.email());
            assertThat(Staff.loginResponse(cashier.email(), Staff.PASSWORD).status()).isEqualTo(200);
        }
    }

    @Nested
    class Roles {

        @Test
        void managers_and_cashiers_get_403_on_every_staff_endpoint() {
            String target = Staff.add(shop, "CASHIER").id();
            for (String role : List.of("MANAGER", "CASHIER")) {
                ApiClient member = Staff.add(shop, role).client();
                assertError(member.get(STAFF), 403, "PERMISSION_DENIED");
                assertError(member.post(STAFF, newMember("CASHIER")), 403, "PERMISSION_DENIED");
                // An unparsable body is answered before the role (http-api.md precedence; this said 403 before).
                assertError(member.post(STAFF, "{not json"), 400, "MALFORMED_JSON");
                assertError(member.get(one(target)), 403, "PERMISSION_DENIED");
                assertError(member.patch(one(target), Map.of("name", "X")), 403, "PERMISSION_DENIED");
                assertError(member.delete(one(target)), 403, "PERMISSION_DENIED");
            }
        }

        @Test
        void an_admin_manages_managers_and_cashiers_only() {
            ApiClient admin = Staff.add(shop, "ADMIN").client();
            String otherAdmin = Staff.add(shop, "ADMIN").id();

            ApiClient.Response manager = admin.post(STAFF, newMember("MANAGER"));
            assertThat(manager.status()).as(manager.toString()).isEqualTo(201);
            String managerId = manager.json().at("/user/id").asText();
            assertThat(admin.post(STAFF, newMember("CASHIER")).status()).isEqualTo(201);
            assertError(admin.post(STAFF, newMember("ADMIN")), 403, "PERMISSION_DENIED");

            assertThat(admin.patch(one(managerId), Map.of("role", "CASHIER")).text("role")).isEqualTo("CASHIER");
            assertError(admin.patch(one(managerId), Map.of("role", "ADMIN")), 403, "PERMISSION_DENIED");
            assertError(admin.patch(one(otherAdmin), Map.of("name", "Demoted")), 403, "PERMISSION_DENIED");
            assertError(admin.delete(one(otherAdmin)), 403, "PERMISSION_DENIED");
            assertThat(admin.get(one(otherAdmin)).status()).isEqualTo(200);
            assertThat(admin.delete(one(managerId)).status()).isEqualTo(204);
        }

        @Test
        void nobody_edits_the_owner_or_themselves_here() {
            Staff.Member admin = Staff.add(shop, "ADMIN");

            assertError(admin.client().patch(one(shop.ownerId), Map.of("name", "X")), 400, "VALIDATION_ERROR");
            assertError(admin.client().delete(one(shop.ownerId)), 400, "VALIDATION_ERROR");
            assertError(admin.client().patch(one(admin.id()), Map.of("name", "Me")), 400, "VALIDATION_ERROR");
            assertError(admin.client().delete(one(admin.id())), 400, "VALIDATION_ERROR");
            assertError(shop.owner.patch(one(shop.ownerId), Map.of("name", "Me")), 400, "VALIDATION_ERROR");
            assertError(shop.owner.delete(one(shop.ownerId)), 400, "VALIDATION_ERROR");
            assertThat(shop.owner.get(ME).json().at("/membership/role").asText()).isEqualTo("OWNER");
        }

        @Test
        void the_owner_may_not_give_the_owner_role_by_patch() {
            String manager = Staff.add(shop, "MANAGER").id();

            ApiClient.Response r = shop.owner.patch(one(manager), Map.of("role", "OWNER"));

            assertError(r, 400, "VALIDATION_ERROR");
            assertThat(r.json().at("/details/role").isArray()).isTrue();
        }
    }

    @Nested
    class Changing {

        @Test
        void patch_changes_name_email_password_and_storefronts() {
            String a = Staff.storefront(shop, "A");
            String b = Staff.storefront(shop, "B");
            Staff.Member cashier = Staff.add(shop, "CASHIER", a);
            String newEmail = "renamed-" + UUID.randomUUID() + "@test.pos";

            ApiClient.Response r = shop.owner.patch(one(cashier.id()), Map.of("name", "Renamed", "email", newEmail,
                    "password", "another-pass-2", "storefronts", List.of(b)));

            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().at("/user/name").asText()).isEqualTo("Renamed");
            assertThat(r.json().at("/user/email").asText()).isEqualTo(newEmail);
            assertThat(ids(r.json().get("storefronts"))).containsExactly(b);
            assertThat(Staff.loginResponse(cashier.email(), Staff.PASSWORD).text("code"))
                    .isEqualTo("INVALID_CREDENTIALS");
            assertThat(Staff.loginResponse(newEmail, Staff.PASSWORD).status()).isEqualTo(400);
            assertThat(cashier.client().get(ME).status()).as("a password reset revokes the member's tokens")
                    .isEqualTo(401);
            ApiClient fresh = shop.owner.withToken(Staff.login(newEmail, "another-pass-2"));
            assertThat(ids(fresh.get(ME).json().at("/membership/storefronts"))).containsExactly(b);
        }

        @Test
        void patch_refuses_a_taken_email_foreign_storefronts_and_bad_types() {
            Staff.Member cashier = Staff.add(shop, "CASHIER");
            String theirs = Staff.storefront(TestBusiness.register(), "Theirs");

            assertError(shop.owner.patch(one(cashier.id()), Map.of("email", shop.ownerEmail)), 409, "EMAIL_TAKEN");
            ApiClient.Response foreign = shop.owner.patch(one(cashier.id()), Map.of("storefronts", List.of(theirs)));
            assertError(foreign, 400, "VALIDATION_ERROR");
            assertThat(foreign.json().at("/details/storefronts/0").asText()).isEqualTo("Not found.");
            ApiClient.Response types = shop.owner.patch(one(cashier.id()), Map.of("is_active", "yes", "name", 3,
                    "password", "short"));
            assertError(types, 400, "VALIDATION_ERROR");
            assertThat(types.json().get("details").fieldNames()).toIterable().contains("is_active", "name");
            assertError(shop.owner.patch(one(cashier.id()), Map.of("password", "short")), 400, "VALIDATION_ERROR");
            assertThat(shop.owner.get(one(cashier.id())).json().at("/user/email").asText())
                    .isEqualTo(cashier.email());
        }

        @Test
        void a_role_change_applies_to_the_very_next_request() {
            Staff.Member member = Staff.add(shop, "CASHIER");
            assertError(member.client().get(STAFF), 403, "PERMISSION_DENIED");

            assertThat(shop.owner.patch(one(member.id()), Map.of("role", "ADMIN")).status()).isEqualTo(200);
            assertThat(member.client().get(STAFF).status()).isEqualTo(200);
            assertThat(member.client().get(ME).json().at("/membership/role").asText()).isEqualTo("ADMIN");

            assertThat(shop.owner.patch(one(member.id()), Map.of("role", "CASHIER")).status()).isEqualTo(200);
            assertError(member.client().get(STAFF), 403, "PERMISSION_DENIED");
        }

        @Test
        void delete_deactivates_revokes_every_token_and_blocks_login_until_reactivated() {
            Staff.Member cashier = Staff.add(shop, "CASHIER");
            ApiClient secondSession = cashier.client().withToken(Staff.login(cashier.email(), Staff.PASSWORD));

            ApiClient.Response deleted = shop.owner.delete(one(cashier.id()));
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(deleted.body()).isEmpty();

            for (ApiClient session : List.of(cashier.client(), secondSession)) {
                ApiClient.Response r = session.get(ME);
                assertError(r, 401, "INVALID_TOKEN");
                assertThat(r.header("WWW-Authenticate")).isEqualTo("Token");
            }
            ApiClient.Response login = Staff.loginResponse(cashier.email(), Staff.PASSWORD);
            assertError(login, 400, "INVALID_CREDENTIALS");
            assertThat(login.text("error")).isEqualTo("Invalid email or password.");
            assertThat(shop.owner.get(one(cashier.id())).json().get("is_active").booleanValue()).isFalse();
            assertThat(shop.owner.delete(one(cashier.id())).status()).isEqualTo(204);

            ApiClient.Response back = shop.owner.patch(one(cashier.id()), Map.of("is_active", true));
            assertThat(back.json().get("is_active").booleanValue()).isTrue();
            assertError(cashier.client().get(ME), 401, "INVALID_TOKEN");
            assertThat(shop.owner.withToken(Staff.login(cashier.email(), Staff.PASSWORD)).get(ME).status())
                    .isEqualTo(200);
        }

        @Test
        void patch_is_active_false_also_revokes_tokens() {
            Staff.Member manager = Staff.add(shop, "MANAGER");

            assertThat(shop.owner.patch(one(manager.id()), Map.of("is_active", false)).status()).isEqualTo(200);

            assertError(manager.client().get(ME), 401, "INVALID_TOKEN");
        }
    }
}
