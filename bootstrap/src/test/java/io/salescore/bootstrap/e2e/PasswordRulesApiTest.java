package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Weak passwords are refused with VALIDATION_ERROR everywhere a password is set. */
class PasswordRulesApiTest {

    private static void assertRefused(ApiClient.Response r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(r.json().at("/details/" + field + "/0").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "        ", "password", "          ", "qwertyuiop", "Password123"})
    void register_staff_create_staff_patch_and_me_password_refuse_weak_passwords(String weak) {
        ApiClient.Response register = TestServer.get().anonymous().post("/accounts/api/auth/register/",
                Map.of("name", "Ama", "email", "weak-" + UUID.randomUUID() + "@test.pos", "password", weak,
                        "business_name", "Weak"));
        assertRefused(register, "password");

        TestBusiness shop = TestBusiness.register();
        assertRefused(shop.owner.post("/accounts/api/staff/", Map.of("name", "Kofi", "email",
                "kofi-" + UUID.randomUUID() + "@test.pos", "password", weak, "role", "CASHIER")), "password");
        Staff.Member cashier = Staff.add(shop, "CASHIER");
        assertRefused(shop.owner.patch("/accounts/api/staff/" + cashier.id() + "/", Map.of("password", weak)),
                "password");
        assertRefused(shop.owner.post("/accounts/api/me/password/", Map.of("current_password", "secret-pass-1",
                "new_password", weak)), "new_password");

        assertThat(Staff.loginResponse(cashier.email(), Staff.PASSWORD).status()).isEqualTo(200);
        assertThat(Staff.loginResponse(shop.ownerEmail, "secret-pass-1").status()).isEqualTo(200);
    }
}
