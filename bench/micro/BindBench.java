import io.salescore.adapter.http.common.BodyBinder;
import io.salescore.adapter.http.common.JsonBody;
import io.salescore.adapter.http.sale.SaleLineRoutes;
import java.nio.charset.StandardCharsets;

/** add_item's body read by hand (the old way) and bound into AddItemRequest: ns per body, parse included. */
public class BindBench {
    static final byte[] BODY = ("{\"product\":\"0195f7a2-8c1e-7b3d-9a4f-2c6d8e0f1a2b\",\"quantity\":\"2\","
            + "\"unit_price\":\"12.50\",\"discount_percentage\":\"5\"}").getBytes(StandardCharsets.UTF_8);
    static Object sink;

    static Object byHand() {
        JsonBody body = JsonBody.parse(BODY);
        var product = body.requiredUuid("product");
        var stockProduct = body.uuid("stock_product");
        var quantity = body.requiredQuantity("quantity");
        var price = body.money("unit_price");
        var discount = body.percentage("discount_percentage");
        var tax = body.percentage("tax_rate");
        body.validate();
        return new Object[] {product, stockProduct, quantity, price, discount, tax};
    }

    static Object bound() {
        JsonBody body = JsonBody.parse(BODY);
        var r = BodyBinder.bind(body, SaleLineRoutes.AddItemRequest.class);
        body.validate();
        return r;
    }

    public static void main(String[] args) {
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 1_000_000; i++) sink = byHand();
            long t1 = System.nanoTime();
            for (int i = 0; i < 1_000_000; i++) sink = bound();
            long t2 = System.nanoTime();
            System.out.printf("round %d: by hand %.0f ns, bound %.0f ns%n", round, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }
}
