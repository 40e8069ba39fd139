package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Receipts in JSON and printable HTML, with a token or through a signed link. */
class ReceiptApiTest {

    private TestBusiness shop;
    private ApiClient owner;
    private TestStock stock;
    private String storefront;
    private TestStock.Product product;

    @BeforeEach
    void setUp() {
        shop = TestBusiness.register();
        owner = shop.owner;
        stock = new TestStock(shop);
        storefront = stock.storefront("Main");
        product = stock.product(storefront, "Speaker <b>", "12.50", null, 10);
    }

    private JsonNode completedSale(String customer) {
        String sale = owner.post("/sales/api/sales/", customer == null ? Map.of("storefront", storefront)
                : Map.of("storefront", storefront, "customer", customer)).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 2,
                "tax_rate", "10"));
        ApiClient.Response done = owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", "30.00", "payment_method", "CASH"))));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return done.json();
    }

    @Test
    void the_json_receipt_has_every_part_of_the_sale() {
        JsonNode sale = completedSale(null);
        JsonNode r = owner.get("/sales/api/sales/" + sale.get("id").asText() + "/receipt/").json();

        assertThat(r.get("receipt_number").asText()).isEqualTo(sale.get("receipt_number").asText());
        assertThat(r.at("/business/currency").asText()).isEqualTo("USD");
        assertThat(r.at("/storefront/name").asText()).isEqualTo("Main");
        assertThat(r.at("/storefront/code").asText()).isNotBlank();
        assertThat(r.get("cashier").asText()).startsWith("Owner of");
        assertThat(r.at("/customer/name").asText()).isEqualTo("Walk-in Customer");
        assertThat(r.at("/lines/0/quantity").asText()).isEqualTo("2.00");
        assertThat(r.at("/lines/0/tax_amount").asText()).isEqualTo("2.50");
        assertThat(r.at("/lines/0/total_price").asText()).isEqualTo("27.50");
        assertThat(r.get("total_amount").asText()).isEqualTo("27.50");
        assertThat(r.get("change_given").asText()).isEqualTo("2.50");
        assertThat(r.at("/payments/0/payment_method").asText()).isEqualTo("CASH");
        assertThat(r.get("completed_at").isNull()).isFalse();
    }

    @Test
    void the_html_receipt_strips_bidirectional_control_characters_from_names() {
        String spoof = stock.customer("Ama \u202Egnp.exe\u202C \u2066x\u2069\u200F", "0.00");
        JsonNode sale = completedSale(spoof);
        ApiClient.Response html = owner.get("/sales/api/sales/" + sale.get("id").asText() + "/receipt/?format=html");

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("Ama gnp.exe x")
                .doesNotContain("\u202E").doesNotContain("\u202C").doesNotContain("\u2066")
                .doesNotContain("\u2069").doesNotContain("\u200F");
    }

    @Test
    void the_html_receipt_escapes_every_value() {
        String evil = stock.customer("<script>alert(1)</script>", "0.00");
        JsonNode sale = completedSale(evil);
        ApiClient.Response html = owner.withHeader("Accept", "text/html")
                .get("/sales/api/sales/" + sale.get("id").asText() + "/receipt/");

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.header("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        assertThat(html.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(html.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html.body()).contains("Speaker &lt;b&gt;").contains(sale.get("receipt_number").asText());
        assertThat(html.body()).contains("80mm");
        assertThat(owner.get("/sales/api/sales/" + sale.get("id").asText() + "/receipt/?format=json")
                .header("Content-Type")).startsWith("application/json");
    }

    @Test
    void the_signed_receipt_url_opens_without_a_token_and_only_for_that_sale() {
        JsonNode sale = completedSale(null);
        String url = sale.get("receipt_url").asText();
        ApiClient anonymous = shop.server.anonymous();

        assertThat(url).startsWith("/sales/api/sales/" + sale.get("id").asText() + "/receipt/?format=html&expires=");
        ApiClient.Response opened = anonymous.get(url);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains(sale.get("receipt_number").asText());

        ApiClient.Response forged = anonymous.get(url.replaceAll("signature=[0-9a-f]{4}", "signature=0000"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.text("code")).isEqualTo("INVALID_SIGNATURE");
        JsonNode other = completedSale(null);
        ApiClient.Response wrongSale = anonymous.get(url.replace(sale.get("id").asText(), other.get("id").asText()));
        assertThat(wrongSale.status()).isEqualTo(401);
        ApiClient.Response expired = anonymous.get(url.replaceAll("expires=\\d+", "expires=1000"));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(anonymous.get("/sales/api/sales/" + sale.get("id").asText() + "/receipt/").status()).isEqualTo(401);
    }

    @Test
    void a_draft_has_no_receipt() {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        ApiClient.Response r = owner.get("/sales/api/sales/" + sale + "/receipt/");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("INVALID_SALE_STATUS");
        assertThat(r.text("error")).isEqualTo("Receipt can only be generated for completed sales");
        assertThat(r.text("allowed_status")).isEqualTo("COMPLETED,PARTIAL,PENDING");
        assertThat(owner.get("/sales/api/sales/" + sale + "/receipt/?format=pdf").status()).isEqualTo(400);
    }
}
