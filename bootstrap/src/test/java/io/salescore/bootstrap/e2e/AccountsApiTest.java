package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts over HTTP against the running app and a real database. */
class AccountsApiTest {

    private final ApiClient anonymous = TestServer.get().anonymous();

    @Test
    void register_returns_token_user_business_and_owner_membership() {
        String email = "reg-" + UUID.randomUUID() + "@test.pos";
        ApiClient.Response r = anonymous.post("/accounts/api/auth/register/", Map.of("name", "Ama", "email", email,
                "password", "long-enough", "business_name", "Ama's", "currency", "GHS", "timezone", "Africa/Accra"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("token")).hasSize(64);
        assertThat(r.json().at("/user/email").asText()).isEqualTo(email);
        assertThat(r.json().at("/business/currency").asText()).isEqualTo("GHS");
        assertThat(r.json().at("/business/timezone").asText()).isEqualTo("Africa/Accra");
        assertThat(r.json().at("/membership/role").asText()).isEqualTo("OWNER");
        assertThat(r.json().at("/membership/storefronts").isArray()).isTrue();
    }

    @Test
    void register_rejects_every_bad_field_at_once() {
        ApiClient.Response r = anonymous.post("/accounts/api/auth/register/", Map.of("name", "", "email", "nope",
                "password", "short", "business_name", "B", "currency", "usd", "timezone", "Mars/Base"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(r.json().get("details").fieldNames()).toIterable()
                .contains("name", "email", "password", "currency", "timezone");
    }

    @Test
    void register_with_a_taken_email_is_a_conflict() {
        TestBusiness shop = TestBusiness.register();
        ApiClient.Response r = anonymous.post("/accounts/api/auth/register/", Map.of("name", "X",
                "email", shop.ownerEmail.toUpperCase(), "password", "long-enough", "business_name", "Other"));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("EMAIL_TAKEN");
    }

    @Test
    void login_issues_a_new_token_and_wrong_email_or_password_answer_alike() {
        TestBusiness shop = TestBusiness.register();
        ApiClient.Response ok = anonymous.post("/accounts/api/auth/login/",
                Map.of("email", shop.ownerEmail, "password", "secret-pass-1"));
        ApiClient.Response wrongPassword = anonymous.post("/accounts/api/auth/login/",
                Map.of("email", shop.ownerEmail, "password", "wrong-pass-1"));
        ApiClient.Response wrongEmail = anonymous.post("/accounts/api/auth/login/",
                Map.of("email", "nobody-" + UUID.randomUUID() + "@test.pos", "password", "wrong-pass-1"));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text("token")).isNotEqualTo(shop.owner.token());
        assertThat(ok.json().at("/business/id").asText()).isEqualTo(shop.businessId);
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.json()).isEqualTo(wrongEmail.json());
        assertThat(wrongPassword.text("error")).isEqualTo("Invalid email or password.");
        assertThat(wrongPassword.text("code")).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void ten_failed_logins_lock_the_email_with_retry_after() {
        TestBusiness shop = TestBusiness.register();
        for (int i = 0; i < 10; i++) {
            assertThat(anonymous.post("/accounts/api/auth/login/",
                    Map.of("email", shop.ownerEmail, "password", "wrong-pass-" + i)).status()).isEqualTo(400);
        }
        ApiClient.Response locked = anonymous.post("/accounts/api/auth/login/",
                Map.of("email", shop.ownerEmail, "password", "secret-pass-1"));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.text("code")).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void me_shows_the_caller_and_logout_revokes_only_the_presented_token() {
        TestBusiness shop = TestBusiness.register();
        String second = anonymous.post("/accounts/api/auth/login/",
                Map.of("email", shop.ownerEmail, "password", "secret-pass-1")).text("token");

        ApiClient.Response me = shop.owner.get("/accounts/api/me/");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().at("/user/id").asText()).isEqualTo(shop.ownerId);
        assertThat(me.json().at("/membership/role").asText()).isEqualTo("OWNER");

        assertThat(shop.owner.post("/accounts/api/auth/logout/", null).status()).isEqualTo(204);
        ApiClient.Response revoked = shop.owner.get("/accounts/api/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.text("code")).isEqualTo("INVALID_TOKEN");
        assertThat(revoked.text("detail")).isEqualTo("Invalid token.");
        assertThat(revoked.header("WWW-Authenticate")).isEqualTo("Token");
        assertThat(anonymous.withToken(second).get("/accounts/api/me/").status()).isEqualTo(200);
    }

    @Test
    void bearer_scheme_is_accepted_too() {
        TestBusiness shop = TestBusiness.register();
        ApiClient bearer = anonymous.withHeader("Authorization", "Bearer " + shop.owner.token());
        assertThat(bearer.get("/accounts/api/me/").status()).isEqualTo(200);
    }
}
