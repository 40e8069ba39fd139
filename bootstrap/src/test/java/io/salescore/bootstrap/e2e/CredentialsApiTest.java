package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.application.account.Tokens;
import io.salescore.application.testing.MutableClock;
import io.salescore.bootstrap.Application;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Credentials over HTTP: changing one's password, resets by staff managers, token lifetimes, listing and revoking. */
class CredentialsApiTest {

    private static final String PASSWORD = "secret-pass-1";

    private static String login(String email, String password) {
        return Staff.login(email, password);
    }

    private static Jdbi jdbi() {
        return TestServer.get().app().database().jdbi();
    }

    @Test
    void changing_ones_password_revokes_every_other_token_and_keeps_this_one() {
        TestBusiness shop = TestBusiness.register();
        ApiClient other = shop.owner.withToken(login(shop.ownerEmail, PASSWORD));

        ApiClient.Response changed = shop.owner.post("/accounts/api/me/password/",
                Map.of("current_password", PASSWORD, "new_password", "a-new-long-pass-7"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(shop.owner.get("/accounts/api/me/").status()).isEqualTo(200);
        assertThat(other.get("/accounts/api/me/").status()).isEqualTo(401);
        assertThat(Staff.loginResponse(shop.ownerEmail, PASSWORD).status()).isEqualTo(400);
        assertThat(Staff.loginResponse(shop.ownerEmail, "a-new-long-pass-7").status()).isEqualTo(200);
    }

    @Test
    void a_wrong_current_password_is_invalid_credentials_and_changes_nothing() {
        TestBusiness shop = TestBusiness.register();
        ApiClient other = shop.owner.withToken(login(shop.ownerEmail, PASSWORD));

        ApiClient.Response r = shop.owner.post("/accounts/api/me/password/",
                Map.of("current_password", "not-the-password", "new_password", "a-new-long-pass-7"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("INVALID_CREDENTIALS");
        assertThat(other.get("/accounts/api/me/").status()).isEqualTo(200);
        assertThat(Staff.loginResponse(shop.ownerEmail, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void both_passwords_are_required() {
        TestBusiness shop = TestBusiness.register();
        ApiClient.Response r = shop.owner.post("/accounts/api/me/password/", Map.of());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(r.json().get("details").fieldNames()).toIterable()
                .contains("current_password", "new_password");
    }

    @Test
    void a_password_reset_through_staff_patch_revokes_all_the_members_tokens() {
        TestBusiness shop = TestBusiness.register();
        Staff.Member cashier = Staff.add(shop, "CASHIER");
        ApiClient second = shop.owner.withToken(login(cashier.email(), Staff.PASSWORD));

        ApiClient.Response reset = shop.owner.patch("/accounts/api/staff/" + cashier.id() + "/",
                Map.of("password", "reset-by-owner-9"));

        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(cashier.client().get("/accounts/api/me/").status()).isEqualTo(401);
        assertThat(second.get("/accounts/api/me/").status()).isEqualTo(401);
        assertThat(Staff.loginResponse(cashier.email(), "reset-by-owner-9").status()).isEqualTo(200);
    }

    @Test
    void a_staff_patch_without_a_password_leaves_tokens_alone() {
        TestBusiness shop = TestBusiness.register();
        Staff.Member cashier = Staff.add(shop, "CASHIER");

        assertThat(shop.owner.patch("/accounts/api/staff/" + cashier.id() + "/", Map.of("name", "Renamed"))
                .status()).isEqualTo(200);
        assertThat(cashier.client().get("/accounts/api/me/").status()).isEqualTo(200);
    }

    @Test
    void me_tokens_lists_the_callers_live_tokens_without_the_secret_and_marks_the_current_one() {
        TestBusiness shop = TestBusiness.register();
        String second = login(shop.ownerEmail, PASSWORD);
        String third = login(shop.ownerEmail, PASSWORD);
        shop.owner.withToken(third).post("/accounts/api/auth/logout/", null);

        ApiClient.Response r = shop.owner.get("/accounts/api/me/tokens/");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.results()).hasSize(2);
        assertThat(r.header("X-Total-Count")).isEqualTo("2");
        List<Boolean> current = new ArrayList<>();
        for (JsonNode token : r.results()) {
            assertThat(token.fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("id", "created_at", "last_used_at", "expires_at", "current");
            current.add(token.get("current").asBoolean());
            Instant created = Instant.parse(token.get("created_at").asText());
            Instant expires = Instant.parse(token.get("expires_at").asText());
            assertThat(Duration.between(created, expires)).isLessThanOrEqualTo(Duration.ofHours(12))
                    .isGreaterThan(Duration.ofHours(11));
        }
        assertThat(current).containsExactlyInAnyOrder(true, false);
        assertThat(r.body()).doesNotContain(shop.owner.token()).doesNotContain(second);
    }

    @Test
    void deleting_one_of_ones_tokens_revokes_it_and_another_users_token_is_not_found() {
        TestBusiness shop = TestBusiness.register();
        ApiClient second = shop.owner.withToken(login(shop.ownerEmail, PASSWORD));
        String secondId = idOfCurrent(second);
        Staff.Member cashier = Staff.add(shop, "CASHIER");

        assertThat(cashier.client().delete("/accounts/api/me/tokens/" + secondId + "/").status()).isEqualTo(404);
        assertThat(second.get("/accounts/api/me/").status()).isEqualTo(200);

        assertThat(shop.owner.delete("/accounts/api/me/tokens/" + secondId + "/").status()).isEqualTo(204);
        assertThat(second.get("/accounts/api/me/").status()).isEqualTo(401);
        assertThat(shop.owner.get("/accounts/api/me/").status()).isEqualTo(200);
        assertThat(shop.owner.delete("/accounts/api/me/tokens/" + UUID.randomUUID() + "/").status()).isEqualTo(404);
        assertThat(shop.owner.delete("/accounts/api/me/tokens/not-a-uuid/").status()).isEqualTo(404);
        assertThat(auditTypes(shop)).contains("token.revoked");
    }

    @Test
    void a_revoked_token_loses_its_hash_at_once() {
        TestBusiness shop = TestBusiness.register();
        String token = login(shop.ownerEmail, PASSWORD);
        shop.owner.withToken(token).post("/accounts/api/auth/logout/", null);

        long stored = jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM api_token WHERE token_hash = :h")
                .bind("h", Tokens.hash(token)).mapTo(Long.class).one());
        assertThat(stored).isZero();
    }

    @Test
    void owners_revoke_anyones_tokens_admins_only_managers_and_cashiers() {
        TestBusiness shop = TestBusiness.register();
        Staff.Member admin = Staff.add(shop, "ADMIN");
        Staff.Member otherAdmin = Staff.add(shop, "ADMIN");
        Staff.Member manager = Staff.add(shop, "MANAGER");
        Staff.Member cashier = Staff.add(shop, "CASHIER");

        ApiClient.Response managerTokens = admin.client().get("/accounts/api/staff/" + manager.id() + "/tokens/");
        assertThat(managerTokens.status()).as(managerTokens.toString()).isEqualTo(200);
        assertThat(managerTokens.results()).hasSize(1);
        assertThat(managerTokens.results().get(0).get("current").asBoolean()).isFalse();
        String managerToken = managerTokens.results().get(0).get("id").asText();
        assertThat(admin.client().delete("/accounts/api/staff/" + manager.id() + "/tokens/" + managerToken + "/")
                .status()).isEqualTo(204);
        assertThat(manager.client().get("/accounts/api/me/").status()).isEqualTo(401);

        String otherAdminToken = idOfCurrent(otherAdmin.client());
        assertThat(admin.client().get("/accounts/api/staff/" + otherAdmin.id() + "/tokens/").status())
                .isEqualTo(403);
        assertThat(admin.client().delete("/accounts/api/staff/" + otherAdmin.id() + "/tokens/" + otherAdminToken
                + "/").status()).isEqualTo(403);
        assertThat(admin.client().get("/accounts/api/staff/" + shop.ownerId + "/tokens/").status()).isEqualTo(403);
        assertThat(cashier.client().get("/accounts/api/staff/" + manager.id() + "/tokens/").status()).isEqualTo(403);
        assertThat(otherAdmin.client().get("/accounts/api/me/").status()).isEqualTo(200);

        assertThat(shop.owner.delete("/accounts/api/staff/" + otherAdmin.id() + "/tokens/" + otherAdminToken + "/")
                .status()).isEqualTo(204);
        assertThat(otherAdmin.client().get("/accounts/api/me/").status()).isEqualTo(401);

        String cashierToken = idOfCurrent(cashier.client());
        assertThat(shop.owner.delete("/accounts/api/staff/" + manager.id() + "/tokens/" + cashierToken + "/")
                .status()).as("a token of another member under this member's path").isEqualTo(404);
        assertThat(cashier.client().get("/accounts/api/me/").status()).isEqualTo(200);

        TestBusiness foreign = TestBusiness.register();
        assertThat(foreign.owner.get("/accounts/api/staff/" + cashier.id() + "/tokens/").status()).isEqualTo(404);
        assertThat(foreign.owner.delete("/accounts/api/staff/" + cashier.id() + "/tokens/" + cashierToken + "/")
                .status()).isEqualTo(404);
        assertThat(cashier.client().get("/accounts/api/me/").status()).isEqualTo(200);
    }

    @Test
    void a_token_expires_after_the_idle_timeout_and_its_last_use_is_written_at_most_once_a_minute() {
        MutableClock clock = new MutableClock();
        try (Application node = TestServer.get().startInstance(clock,
                s -> s.tokenIdleTimeout(Duration.ofHours(12)).tokenMaxAge(Duration.ofDays(30)))) {
            ApiClient anonymous = new ApiClient("http://localhost:" + node.httpPort(), null);
            TestBusiness shop = TestBusiness.register();
            ApiClient.Response loggedIn = anonymous.post("/accounts/api/auth/login/",
                    Map.of("email", shop.ownerEmail, "password", PASSWORD));
            ApiClient client = anonymous.withToken(loggedIn.text("token"));
            Instant issued = lastUsed(client.token());

            assertThat(client.get("/accounts/api/me/").status()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(30));
            assertThat(client.get("/accounts/api/me/").status()).isEqualTo(200);
            assertThat(lastUsed(client.token())).as("no write within a minute").isEqualTo(issued);

            clock.advance(Duration.ofHours(11).plusMinutes(50));
            assertThat(client.get("/accounts/api/me/").status()).isEqualTo(200);
            Instant touched = lastUsed(client.token());
            assertThat(touched).isAfter(issued.plus(Duration.ofHours(11)));

            clock.advance(Duration.ofHours(11).plusMinutes(50));
            assertThat(client.get("/accounts/api/me/").status()).as("used 11h50 ago").isEqualTo(200);

            clock.advance(Duration.ofHours(12).plusMinutes(1));
            ApiClient.Response idle = client.get("/accounts/api/me/");
            assertThat(idle.status()).isEqualTo(401);
            assertThat(idle.text("code")).isEqualTo("INVALID_TOKEN");
        }
    }

    @Test
    void a_token_expires_at_its_max_age_however_often_it_is_used() {
        MutableClock clock = new MutableClock();
        try (Application node = TestServer.get().startInstance(clock,
                s -> s.tokenIdleTimeout(Duration.ofHours(12)).tokenMaxAge(Duration.ofHours(13)))) {
            ApiClient anonymous = new ApiClient("http://localhost:" + node.httpPort(), null);
            TestBusiness shop = TestBusiness.register();
            ApiClient client = anonymous.withToken(anonymous.post("/accounts/api/auth/login/",
                    Map.of("email", shop.ownerEmail, "password", PASSWORD)).text("token"));

            ApiClient.Response tokens = client.get("/accounts/api/me/tokens/");
            JsonNode current = current(tokens);
            assertThat(Duration.between(Instant.parse(current.get("created_at").asText()),
                    Instant.parse(current.get("expires_at").asText()))).isEqualTo(Duration.ofHours(12));

            clock.advance(Duration.ofHours(11));
            assertThat(client.get("/accounts/api/me/").status()).isEqualTo(200);
            tokens = client.get("/accounts/api/me/tokens/");
            current = current(tokens);
            assertThat(Duration.between(Instant.parse(current.get("created_at").asText()),
                    Instant.parse(current.get("expires_at").asText()))).as("capped by the max age: " + tokens)
                    .isEqualTo(Duration.ofHours(13));
            clock.advance(Duration.ofHours(2));
            assertThat(client.get("/accounts/api/me/").status()).isEqualTo(401);
        }
    }

    @Test
    void the_sweeper_drops_expired_tokens_hashes_and_purges_old_revoked_tokens_and_failed_logins() {
        TestBusiness shop = TestBusiness.register();
        Instant now = TestServer.get().clock().instant();
        String old = Tokens.newToken();
        String stale = Tokens.newToken();
        String email = "purge-" + UUID.randomUUID() + "@test.pos";
        UUID business = UUID.fromString(shop.businessId);
        UUID owner = UUID.fromString(shop.ownerId);
        jdbi().useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO api_token (token_hash, business_id, user_id, created_at, revoked_at)
                            VALUES (NULL, :b, :u, :long_ago, :long_ago), (:old, :b, :u, :created, NULL),
                                   (:stale, :b, :u, :stale_at, NULL)""")
                    .bind("b", business).bind("u", owner)
                    .bind("long_ago", now.minus(Duration.ofDays(31)))
                    .bind("old", Tokens.hash(old)).bind("created", now.minus(Duration.ofDays(30)).minusSeconds(5))
                    .bind("stale", Tokens.hash(stale)).bind("stale_at", now.minus(Duration.ofHours(13)))
                    .execute();
            h.createUpdate("""
                            INSERT INTO failed_login (email, attempted_at)
                            VALUES (:e, :old), (:e, :recent)""")
                    .bind("e", email).bind("old", now.minus(Duration.ofHours(25)))
                    .bind("recent", now.minus(Duration.ofHours(1)))
                    .execute();
        });

        TestServer.get().app().sweepNow();

        List<Map<String, Object>> rows = jdbi().withHandle(h -> h.createQuery("""
                        SELECT token_hash IS NULL AS gone, revoked_at IS NOT NULL AS ended FROM api_token
                        WHERE business_id = :b ORDER BY created_at""")
                .bind("b", business).mapToMap().list());
        assertThat(rows).as("the 31-day-old revoked row is deleted; the expired ones lose their hash")
                .hasSize(3);
        assertThat(rows.get(0)).containsEntry("gone", true).containsEntry("ended", true);
        assertThat(rows.get(1)).containsEntry("gone", true).containsEntry("ended", true);
        assertThat(rows.get(2)).as("the owner's live token").containsEntry("gone", false);
        long failed = jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM failed_login WHERE email = :e")
                .bind("e", email).mapTo(Long.class).one());
        assertThat(failed).isEqualTo(1);
        assertThat(shop.owner.get("/accounts/api/me/").status()).isEqualTo(200);
    }

    private static Instant lastUsed(String token) {
        return jdbi().withHandle(h -> h.createQuery(
                        "SELECT coalesce(last_used_at, created_at) FROM api_token WHERE token_hash = :h")
                .bind("h", Tokens.hash(token)).mapTo(Instant.class).one());
    }

    private static String idOfCurrent(ApiClient client) {
        return current(client.get("/accounts/api/me/tokens/")).get("id").asText();
    }

    private static JsonNode current(ApiClient.Response tokens) {
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        for (JsonNode token : tokens.results()) {
            if (token.get("current").asBoolean()) {
                return token;
            }
        }
        throw new AssertionError("no current token in " + tokens);
    }

    private static List<String> auditTypes(TestBusiness shop) {
        return jdbi().withHandle(h -> h.createQuery(
                        "SELECT event_type FROM audit_log WHERE business_id = :b ORDER BY seq")
                .bind("b", UUID.fromString(shop.businessId)).mapTo(String.class).list());
    }
}
