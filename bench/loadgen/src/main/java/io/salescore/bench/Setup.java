package io.salescore.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads the bench data set through the API and writes its ids and token to a properties file:
 * a business (its owner's token), a storefront, a warehouse and
 * <ul>
 *   <li>B1: one product with 1 000 000 in the storefront (two batches of 500 000: a quantity is ≤ 999 999.99);</li>
 *   <li>B1-limit: a second product just like it, for pgbench (so B1 and B1-limit start from the same stock);</li>
 *   <li>B2: three products of 999 999 each, priced 1.25, 2.50 and 3.75;</li>
 *   <li>B3: one product with 1 000 live reservations, made by add_item (50 sales of 20 lines).</li>
 * </ul>
 * {@code --profile sigterm} loads only the B2 products.
 */
final class Setup {

    private static final String[] B2_NAMES = {"B2 Rice", "B2 Beans", "B2 Oil"};
    private static final String[] B2_PRICES = {"1.25", "2.50", "3.75"};

    private Setup() {
    }

    static Map<String, Object> run(Args args) throws Exception {
        URI base = URI.create(args.get("url", "http://127.0.0.1:8000"));
        Path out = Path.of(args.required("props"));
        boolean full = !"sigterm".equals(args.get("profile", "full"));
        int b3Holds = args.integer("b3-holds", 1000);
        long t0 = System.nanoTime();
        Props props = new Props().put("base_url", base);
        try (Api api = new Api(base, null)) {
            String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.pos";
            JsonNode owner = api.post("/accounts/api/auth/register/", Map.of("name", "Bench Owner", "email", email,
                    "password", "bench-password-1", "business_name", "Bench Shop"), 201);
            String token = owner.get("token").asText();
            api.token(token);
            props.put("token", token)
                    .put("token_hash_hex", HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))))
                    .put("business", owner.at("/business/id").asText())
                    .put("user", owner.at("/user/id").asText())
                    .put("user_name", owner.at("/user/name").asText());
            String storefront = api.post("/inventory/api/storefronts/", Map.of("name", "Bench Store"), 201)
                    .get("id").asText();
            String warehouse = api.post("/inventory/api/warehouses/", Map.of("name", "Bench Warehouse"), 201)
                    .get("id").asText();
            props.put("storefront", storefront).put("warehouse", warehouse);
            Stock stock = new Stock(api, storefront, warehouse);

            List<String> b2 = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < B2_NAMES.length; i++) {
                b2.add(stock.product(B2_NAMES[i], "B2-" + (i + 1), B2_PRICES[i], 999_999));
                total = total.add(new BigDecimal(B2_PRICES[i]));
            }
            props.put("b2_products", String.join(",", b2)).put("b2_prices", String.join(",", B2_PRICES))
                    .put("b2_total", total.setScale(2).toPlainString());

            JsonNode sale = api.post("/sales/api/sales/", Map.of("storefront", storefront), 201);
            props.put("walk_in_customer", sale.get("customer").asText());

            if (full) {
                props.put("b1_product", stock.product("B1 Hot Tea", "B1-HOT", "2.50", 500_000, 500_000));
                props.put("b1l_product", stock.product("B1-limit Tea", "B1L-HOT", "2.50", 500_000, 500_000));
                String b3 = stock.product("B3 Sugar", "B3-SUGAR", "1.00", Math.max(b3Holds, 1) * 10L);
                props.put("b3_product", b3);
                holds(base, token, storefront, b3, b3Holds, args.integer("clients", 8));
                JsonNode availability = api.get("/inventory/api/storefronts/" + storefront + "/stock-products/" + b3
                        + "/availability/", 200);
                int live = availability.get("reservations").size();
                if (live != b3Holds) {
                    throw new IllegalStateException("B3 product has " + live + " live reservations, expected " + b3Holds);
                }
                props.put("b3_holds", live);
            }
        }
        props.store(out);
        return Map.of("scenario", "setup", "profile", full ? "full" : "sigterm", "props", out.toString(),
                "seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1e3);
    }

    /** {@code holds} add_item of 1 unit on sales of 20 lines, by several clients at once. */
    private static void holds(URI base, String token, String storefront, String product, int holds, int clients)
            throws Exception {
        int sales = (holds + 19) / 20;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, clients));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < sales; s++) {
                int lines = Math.min(20, holds - s * 20);
                done.add(pool.submit(() -> {
                    try (Api api = new Api(base, token)) {
                        String sale = api.post("/sales/api/sales/", Map.of("storefront", storefront), 201)
                                .get("id").asText();
                        for (int i = 0; i < lines; i++) {
                            api.post("/sales/api/sales/" + sale + "/add_item/",
                                    Map.of("product", product, "quantity", 1), 201);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Catalogue and stock through the API: product, batches, transfers into the storefront. */
    private record Stock(Api api, String storefront, String warehouse) {

        String product(String name, String sku, String price, long... batches) {
            String product = api.post("/inventory/api/products/", Map.of("name", name, "sku", sku), 201)
                    .get("id").asText();
            for (long quantity : batches) {
                String batch = api.post("/inventory/api/stock-products/", Map.of("product", product,
                        "warehouse", warehouse, "quantity", quantity + ".00", "unit_cost", "1.00",
                        "retail_price", price), 201).get("id").asText();
                api.post("/inventory/api/transfers/", Map.of("stock_product", batch, "storefront", storefront,
                        "quantity", quantity), 201);
            }
            return product;
        }
    }
}
