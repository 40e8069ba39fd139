package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.Application;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list answers Django REST framework's page object {@code {count, next, previous, results}}, as frontends
 * written for the old backend read it (compat.md X1): absolute neighbour links that keep the other parameters.
 */
class ListEnvelopeApiTest {

    private final TestBusiness shop = TestBusiness.register();
    private final TestStock stock = new TestStock(shop);

    @Test
    void a_list_is_a_drf_page_with_absolute_links_keeping_the_other_parameters() {
        stock.customer("Ama Owusu", "0.00");
        stock.customer("Ama Mensah", "0.00");
        stock.customer("Ama Boateng", "0.00");
        String base = shop.server.baseUrl();

        ApiClient.Response first = shop.owner.get("/sales/api/customers/?search=ama&page_size=2");
        JsonNode page = first.json();
        assertThat(page.fieldNames()).toIterable().containsExactly("count", "next", "previous", "results");
        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(page.get("previous").isNull()).isTrue();
        assertThat(page.get("next").asText()).isEqualTo(base + "/sales/api/customers/?search=ama&page=2&page_size=2");
        assertThat(first.results()).hasSize(2);

        ApiClient.Response second = shop.owner.get(page.get("next").asText().substring(base.length()));
        assertThat(second.json().get("next").isNull()).isTrue();
        assertThat(second.json().get("previous").asText())
                .isEqualTo(base + "/sales/api/customers/?search=ama&page=1&page_size=2");
        List<String> names = new ArrayList<>();
        first.results().forEach(c -> names.add(c.get("name").asText()));
        second.results().forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).containsExactly("Ama Boateng", "Ama Mensah", "Ama Owusu");

        ApiClient.Response past = shop.owner.get("/sales/api/customers/?search=ama&page=9&page_size=2");
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.results()).isEmpty();
        assertThat(past.json().get("count").asInt()).isEqualTo(3);
        assertThat(past.json().get("previous").asText()).endsWith("page=8&page_size=2");
    }

    @Test
    void forwarded_scheme_and_host_are_used_only_from_a_trusted_proxy() {
        stock.customer("Kofi", "0.00");
        ApiClient spoofing = shop.owner.withHeader("X-Forwarded-Proto", "https")
                .withHeader("X-Forwarded-Host", "evil.example");
        String next = spoofing.get("/sales/api/customers/?page_size=1").json().get("next").asText();
        assertThat(next).startsWith(shop.server.baseUrl() + "/sales/api/customers/");

        try (Application proxied = shop.server.startInstance(shop.server.clock(), s -> s.trustedProxies("127.0.0.1"))) {
            ApiClient behindProxy = new ApiClient("http://127.0.0.1:" + proxied.httpPort(), shop.owner.token())
                    .withHeader("X-Forwarded-Proto", "https").withHeader("X-Forwarded-Host", "pos.example.com");
            assertThat(behindProxy.get("/sales/api/customers/?page_size=1").json().get("next").asText())
                    .isEqualTo("https://pos.example.com/sales/api/customers/?page=2&page_size=1");
            ApiClient injecting = new ApiClient("http://127.0.0.1:" + proxied.httpPort(), shop.owner.token())
                    .withHeader("X-Forwarded-Host", "pos.example.com/@evil");
            assertThat(injecting.get("/sales/api/customers/?page_size=1").json().get("next").asText())
                    .startsWith("http://127.0.0.1:" + proxied.httpPort() + "/sales/api/customers/");
        }
    }
}
