package io.salescore.bootstrap.e2e;

import io.salescore.application.testing.MutableClock;
import io.salescore.bootstrap.Application;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Concurrently;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login throttle of domain.md, over HTTP: attempts are recorded before the password is checked and
 * serialised per email, so concurrent guesses cannot slip past; 10 per (email, address), 50 per email, and an
 * address the user logged in from keeps its own 10 when strangers hit the per-email ceiling.
 */
class LoginThrottleApiTest {

    private static final String PASSWORD = "secret-pass-1";
    private static final String LOGIN = "/accounts/api/auth/login/";

    @Test
    void sixty_parallel_wrong_passwords_for_one_email_get_at_most_ten_checks() throws Exception {
        TestBusiness shop = TestBusiness.register();
        ApiClient anonymous = TestServer.get().anonymous();

        List<Integer> statuses = Concurrently.times(60, () -> anonymous.post(LOGIN,
                Map.of("email", shop.ownerEmail, "password", "wrong-guess-1")).status());

        assertThat(statuses).filteredOn(s -> s == 400).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(50);
        ApiClient.Response locked = anonymous.post(LOGIN, Map.of("email", shop.ownerEmail, "password", PASSWORD));
        assertThat(locked.status()).as("even the right password waits").isEqualTo(429);
        assertThat(locked.text("code")).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void a_successful_login_deletes_its_own_attempt_only_and_the_window_slides() {
        MutableClock clock = new MutableClock();
        try (Application node = TestServer.get().startInstance(clock, s -> s)) {
            ApiClient anonymous = new ApiClient("http://localhost:" + node.httpPort(), null);
            TestBusiness shop = TestBusiness.register();
            for (int i = 0; i < 9; i++) {
                assertThat(anonymous.post(LOGIN, Map.of("email", shop.ownerEmail, "password", "wrong-" + i))
                        .status()).isEqualTo(400);
            }
            assertThat(anonymous.post(LOGIN, Map.of("email", shop.ownerEmail, "password", PASSWORD)).status())
                    .as("the tenth attempt, right").isEqualTo(200);
            assertThat(anonymous.post(LOGIN, Map.of("email", shop.ownerEmail, "password", "wrong-9")).status())
                    .as("the success did not count: this is the tenth").isEqualTo(400);
            assertThat(anonymous.post(LOGIN, Map.of("email", shop.ownerEmail, "password", PASSWORD)).status())
                    .isEqualTo(429);

            clock.advance(Duration.ofMinutes(15).plusSeconds(1));
            assertThat(anonymous.post(LOGIN, Map.of("email", shop.ownerEmail, "password", PASSWORD)).status())
                    .as("15 minutes later the window has slid past them").isEqualTo(200);
        }
    }

    @Test
    void fifty_per_email_across_addresses_but_an_address_the_user_logged_in_from_keeps_its_own_ten()
            throws Exception {
        MutableClock clock = new MutableClock();
        try (Application node = TestServer.get().startInstance(clock,
                s -> s.trustedProxies("127.0.0.1,0:0:0:0:0:0:0:1,::1"))) {
            ApiClient anonymous = new ApiClient("http://localhost:" + node.httpPort(), null);
            TestBusiness shop = TestBusiness.register();
            ApiClient till = anonymous.withHeader("X-Forwarded-For", "10.1.1.1");
            assertThat(till.post(LOGIN, Map.of("email", shop.ownerEmail, "password", PASSWORD)).status())
                    .isEqualTo(200);

            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int address = 0; address < 7; address++) {
                ApiClient stranger = anonymous.withHeader("X-Forwarded-For", "203.0.113." + address);
                for (int i = 0; i < 10; i++) {
                    guesses.add(() -> stranger.post(LOGIN, Map.of("email", shop.ownerEmail, "password", "guess"))
                            .status());
                }
            }
            List<Integer> statuses = Concurrently.run(guesses);

            assertThat(statuses).filteredOn(s -> s == 400).hasSize(50);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(20);
            ApiClient newcomer = anonymous.withHeader("X-Forwarded-For", "198.51.100.7");
            assertThat(newcomer.post(LOGIN, Map.of("email", shop.ownerEmail, "password", PASSWORD)).status())
                    .as("a new address is over the per-email ceiling").isEqualTo(429);
            assertThat(till.post(LOGIN, Map.of("email", shop.ownerEmail, "password", PASSWORD)).status())
                    .as("the real till is not locked out").isEqualTo(200);
        }
    }

    @Test
    void a_wrong_current_password_on_me_password_counts_as_a_failed_login() {
        TestBusiness shop = TestBusiness.register();
        for (int i = 0; i < 10; i++) {
            assertThat(shop.owner.post("/accounts/api/me/password/", Map.of("current_password", "wrong-" + i,
                    "new_password", "a-new-long-pass-7")).status()).isEqualTo(400);
        }
        ApiClient.Response locked = shop.owner.post("/accounts/api/me/password/",
                Map.of("current_password", PASSWORD, "new_password", "a-new-long-pass-7"));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(TestServer.get().anonymous().post(LOGIN, Map.of("email", shop.ownerEmail, "password", PASSWORD))
                .status()).isEqualTo(429);
    }
}
