package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /pos/}: the till page and its files, public, from the classpath, nothing from elsewhere. */
class TillPageApiTest {

    private static final String CSP = "default-src 'self'; frame-ancestors 'none'";
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"(/pos/[^\"]+)\"|from '\\./([^']+)'");

    private final ApiClient anonymous = TestServer.get().anonymous();

    @Test
    void the_page_needs_no_token_and_carries_its_content_security_policy() {
        for (String path : List.of("/pos/", "/pos")) {
            ApiClient.Response page = anonymous.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.header("Content-Security-Policy")).isEqualTo(CSP);
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("Cache-Control")).isEqualTo("no-store");
            assertThat(page.body()).contains("<script type=\"module\" src=\"/pos/app.js\"></script>");
        }
    }

    @Test
    void every_file_the_page_loads_is_served_with_its_type_and_none_comes_from_another_host() {
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new java.util.ArrayList<>(List.of("/pos/"));
        while (!queue.isEmpty()) {
            String path = queue.remove(0);
            if (!seen.add(path)) {
                continue;
            }
            ApiClient.Response file = anonymous.get(path);
            assertThat(file.status()).as(path).isEqualTo(200);
            assertThat(file.header("Content-Security-Policy")).as(path).isEqualTo(CSP);
            assertThat(file.body().replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
                    .as(path + " loads nothing from another host").doesNotContain("http://", "https://");
            Matcher m = REFERENCE.matcher(file.body());
            while (m.find()) {
                queue.add(m.group(1) != null ? m.group(1) : "/pos/" + m.group(2));
            }
        }
        assertThat(seen).contains("/pos/app.js", "/pos/api.js", "/pos/money.js", "/pos/till.css", "/pos/favicon.svg");
        assertThat(anonymous.get("/pos/app.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(anonymous.get("/pos/till.css").header("Content-Type")).startsWith("text/css");
        assertThat(anonymous.get("/pos/favicon.svg").header("Content-Type")).startsWith("image/svg+xml");
    }

    @Test
    void anything_else_under_pos_is_a_404_json_error() {
        for (String path : List.of("/pos/no-such-file.js", "/pos/app.JS", "/pos/..%2Fopenapi.json", "/pos/.hidden.js",
                "/pos/package.json", "/pos/app", "/pos/till.test.mjs")) {
            ApiClient.Response r = anonymous.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.text("code")).as(path).isEqualTo("NOT_FOUND");
        }
    }
}
