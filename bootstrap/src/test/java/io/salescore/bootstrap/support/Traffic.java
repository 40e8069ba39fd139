package io.salescore.bootstrap.support;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A realistic day of a shop, through the API only: catalogue, transfers, an adjustment, and sales in every state
 * (cash with change, mixed, part-paid and pending credit with a later payment, a sale-level discount, a toggled
 * type, a released hold re-reserved at checkout, an abandoned sale, a draft still holding stock, removed and edited
 * lines). Every call must succeed.
 */
public final class Traffic {

    public final TestBusiness shop;
    public final String storefront;
    public final String warehouse;
    public final String rice;
    public final String riceBatch;
    public final String flour;
    public final String customer;
    public final String cashSale;
    public final String creditSale;
    public final String pendingSale;
    public final String draftSale;
    public final String abandonedSale;
    private final ApiClient owner;

    private Traffic(TestBusiness shop) {
        this.shop = shop;
        this.owner = shop.owner;
        StockSetup setup = new StockSetup(shop);
        storefront = setup.storefront("Main");
        warehouse = setup.warehouse("Central");
        rice = setup.product("Rice");
        riceBatch = setup.batch(rice, warehouse, "100", "12.50");
        setup.transfer(riceBatch, storefront, "60");
        flour = setup.product("Flour", "kg");
        String flourBatch = setup.batch(flour, warehouse, "40.5", "3.35");
        setup.transfer(flourBatch, storefront, "20.25");
        setup.transfer(flourBatch, storefront, "10");
        ok(owner.post("/inventory/api/storefronts/" + storefront + "/adjustments/",
                Map.of("product", rice, "quantity_delta", "-3", "reason", "Damaged in the store room")));
        customer = ok(owner.post("/sales/api/customers/", Map.of("name", "Ama Mensah", "credit_limit", "1000.00"))).id();

        // Cash, with a discounted and taxed line edited twice, a removed line and change given.
        cashSale = sale(null);
        String line = item(cashSale, rice, "3", Map.of("discount_percentage", "12.50", "tax_rate", "15.00"));
        ok(owner.patch("/sales/api/sale-items/" + line + "/", Map.of("quantity", 5)));
        ok(owner.patch("/sales/api/sale-items/" + line + "/", Map.of("quantity", 4, "unit_price", "11.99")));
        item(cashSale, flour, "1.75", Map.of("tax_rate", "7.50"));
        String removed = item(cashSale, flour, "2", Map.of());
        ok(owner.delete("/sales/api/sale-items/" + removed + "/"));
        complete(cashSale, Map.of("payments", List.of(payment("100.00", "CASH"))));

        // Mixed tenders with a sale-level discount and tax.
        String mixed = sale(null);
        item(mixed, rice, "2", Map.of());
        ok(owner.patch("/sales/api/sales/" + mixed + "/", Map.of("discount_amount", "1.10", "tax_amount", "0.35")));
        complete(mixed, Map.of("payment_type", "MIXED", "payments",
                List.of(payment("10.00", "CARD"), payment("14.25", "CASH"))));

        // Part-paid credit, wholesale, paid down later.
        creditSale = sale(customer);
        ok(owner.post("/sales/api/sales/" + creditSale + "/toggle_sale_type/", Map.of("type", "WHOLESALE")));
        item(creditSale, rice, "6", Map.of("discount_percentage", "5.00"));
        complete(creditSale, Map.of("payment_type", "CREDIT", "payments", List.of(payment("20.00", "CASH"))));
        ok(owner.post("/sales/api/sales/" + creditSale + "/record_payment/",
                Map.of("amount_paid", "5.55", "payment_method", "MOBILE", "reference", "MM-7")));

        // Pending credit whose hold was released and is re-reserved at checkout.
        pendingSale = sale(customer);
        String held = item(pendingSale, flour, "2.5", Map.of());
        ok(owner.post("/sales/api/sale-items/" + held + "/release_reservation/", Map.of()));
        complete(pendingSale, Map.of("payment_type", "CREDIT"));

        // Abandoned, and a draft still holding stock.
        abandonedSale = sale(null);
        item(abandonedSale, rice, "1", Map.of());
        ok(owner.post("/sales/api/sales/" + abandonedSale + "/abandon/", Map.of()));
        draftSale = sale(null);
        item(draftSale, rice, "2", Map.of());
        item(draftSale, flour, "0.5", Map.of("tax_rate", "3.33"));
    }

    /** Runs the day in a new business. */
    public static Traffic inNewBusiness() {
        return new Traffic(TestBusiness.register());
    }

    private String sale(String customerId) {
        return ok(owner.post("/sales/api/sales/", customerId == null ? Map.of("storefront", storefront)
                : Map.of("storefront", storefront, "customer", customerId))).id();
    }

    private String item(String sale, String product, String quantity, Map<String, String> more) {
        Map<String, Object> body = new java.util.HashMap<>(more);
        body.put("product", product);
        body.put("quantity", quantity);
        return ok(owner.post("/sales/api/sales/" + sale + "/add_item/", body)).id();
    }

    private void complete(String sale, Map<String, Object> body) {
        ok(owner.post("/sales/api/sales/" + sale + "/complete/", body));
    }

    private static Map<String, String> payment(String amount, String method) {
        return Map.of("amount_paid", amount, "payment_method", method);
    }

    private static ApiClient.Response ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        return r;
    }
}
