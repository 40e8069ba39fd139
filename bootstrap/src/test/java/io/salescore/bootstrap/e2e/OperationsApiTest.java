package io.salescore.bootstrap.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator relies on: metrics after a checkout, one log line per request, no secrets in logs. */
class OperationsApiTest {

    private final TestBusiness shop = TestBusiness.register();
    private final ApiClient owner = shop.owner;
    private final TestStock stock = new TestStock(shop);
    private final String storefront = stock.storefront("Main");

    @Test
    void metrics_show_requests_checkouts_holds_sweeper_pool_and_jvm_after_a_checkout() {
        TestStock.Product product = stock.product(storefront, "Tea", "4.00", null, 10);
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        String held = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + held + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        assertThat(owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", "4.00", "payment_method", "CASH")))).status())
                .isEqualTo(200);
        shop.server.app().sweepNow();

        ApiClient.Response metrics = shop.server.anonymous().get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        String body = metrics.body();
        assertThat(body).containsPattern("pos_checkouts_total\\{status=\"COMPLETED\"\\} [1-9]");
        assertThat(body).contains("http_server_requests_seconds_count{method=\"POST\",route=\"/sales/api/sales/{id}/complete/\",status=\"200\"}");
        assertThat(body).contains("http_server_requests_seconds_bucket{");
        assertThat(body).containsPattern("pos_reservations_live [1-9]");
        assertThat(body).contains("pos_reservations_expired_total");
        assertThat(body).containsPattern("pos_sweeper_last_run_seconds [0-9.E]+");
        assertThat(body).contains("hikaricp_connections_active");
        assertThat(body).contains("jvm_memory_used_bytes");
    }

    @Test
    void every_request_is_logged_once_with_route_status_and_ids_and_never_a_token_or_password() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try {
            ApiClient.Response login = shop.server.anonymous().post("/accounts/api/auth/login/",
                    Map.of("email", shop.ownerEmail, "password", "secret-pass-1"));
            String token = login.text("token");
            shop.server.anonymous().withToken(token).withHeader("X-Request-Id", "req-log-test").get("/accounts/api/me/");
            shop.server.anonymous().post("/accounts/api/auth/login/",
                    Map.of("email", shop.ownerEmail, "password", "wrong-password-9"));

            List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).anySatisfy(line -> assertThat(line)
                    .contains("GET /accounts/api/me/ 200").contains("request=req-log-test")
                    .contains("business=" + shop.businessId));
            for (ILoggingEvent event : captured.list) {
                String all = event.getFormattedMessage() + " " + event.getKeyValuePairs();
                assertThat(all).doesNotContain(token).doesNotContain("secret-pass-1").doesNotContain("wrong-password-9");
            }
        } finally {
            root.detachAppender(captured);
        }
    }
}
