package io.salescore.bootstrap;

import io.salescore.application.common.Input;
import io.salescore.application.catalog.port.in.CreateProductCommand;
import io.salescore.application.catalog.port.in.CreateStockProductCommand;
import io.salescore.application.catalog.port.in.CreateWarehouseCommand;
import io.salescore.application.common.PageRequest;
import io.salescore.application.inventory.port.in.CreateStorefrontCommand;
import io.salescore.application.inventory.port.StorefrontFilter;
import io.salescore.application.inventory.port.in.TransferStockCommand;
import io.salescore.domain.access.Actor;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.Warehouse;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The demo business's catalogue, loaded through the use cases (so it obeys every rule): two storefronts, one
 * warehouse, a dozen products with a batch each, and transfers into both storefronts.
 */
final class DemoCatalog {

    private record Item(String name, String sku, String barcode, String unit, String cost, String retail,
                        String wholesale, int received) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("Cola 500ml", "BEV-COLA-500", "2000000000015", "pcs", "0.60", "1.20", "1.00", 240),
            new Item("Orange Soda 500ml", "BEV-ORANGE-500", "2000000000022", "pcs", "0.55", "1.10", "0.95", 240),
            new Item("Still Water 1.5L", "BEV-WATER-1500", "2000000000039", "pcs", "0.30", "0.80", "0.65", 300),
            new Item("White Bread Loaf", "BAK-BREAD-WHITE", "2000000000046", "pcs", "0.90", "1.75", null, 60),
            new Item("Long Grain Rice", "GRO-RICE-LG", null, "kg", "1.10", "2.40", "2.10", 500),
            new Item("Granulated Sugar", "GRO-SUGAR", null, "kg", "0.70", "1.50", "1.30", 200),
            new Item("Sunflower Oil 1L", "GRO-OIL-1000", "2000000000053", "pcs", "1.80", "3.20", "2.90", 120),
            new Item("Fresh Milk 1L", "DAI-MILK-1000", "2000000000060", "pcs", "0.65", "1.25", null, 90),
            new Item("Eggs, tray of 30", "DAI-EGGS-30", "2000000000077", "pcs", "3.50", "5.50", "5.00", 40),
            new Item("Bananas", "FRU-BANANA", null, "kg", "0.50", "1.20", null, 80),
            new Item("Toothpaste 100ml", "HYG-TOOTHPASTE-100", "2000000000084", "pcs", "1.20", "2.50", "2.20", 70),
            new Item("Bar Soap", "HYG-SOAP-BAR", "2000000000091", "pcs", "0.40", "0.95", "0.80", 150));

    private DemoCatalog() {
    }

    /** Loads the catalogue into the owner's (new) business; returns the main storefront. */
    static StorefrontId load(Application.CatalogServices catalog, Actor owner) {
        Storefront main = catalog.storefronts().create(owner,
                Input.of(new CreateStorefrontCommand("Main Street", "12 Main Street", null)));
        Storefront airport = catalog.storefronts().create(owner,
                Input.of(new CreateStorefrontCommand("Airport Kiosk", "Terminal 1, departures", null)));
        Warehouse warehouse = catalog.warehouses().create(owner,
                Input.of(new CreateWarehouseCommand("Main Warehouse", "Industrial Area, Plot 7")));
        for (Item item : ITEMS) {
            Product product = catalog.products().create(owner,
                    Input.of(new CreateProductCommand(item.name(), item.sku(), item.barcode(), item.unit(), "")));
            var batch = catalog.stockProducts().create(owner, Input.of(new CreateStockProductCommand(product.id(),
                    warehouse.id(), Quantity.of(item.received()), Money.of(item.cost()), Money.of(item.retail()),
                    item.wholesale() == null ? null : Money.of(item.wholesale()), null, "Demo Supplies Ltd")));
            transfer(catalog, owner, batch.batch().id(), main, share(item.received(), "0.40"));
            transfer(catalog, owner, batch.batch().id(), airport, share(item.received(), "0.15"));
        }
        return main.id();
    }

    private static Quantity share(int received, String fraction) {
        return new Quantity(BigDecimal.valueOf(received).multiply(new BigDecimal(fraction))
                .setScale(0, RoundingMode.DOWN));
    }

    private static void transfer(Application.CatalogServices catalog, Actor owner,
                                 StockProductId batch, Storefront storefront,
                                 Quantity quantity) {
        catalog.transfers().transfer(owner, Input.of(new TransferStockCommand(batch, storefront.id(), quantity)));
    }

    /** Prints the storefronts a newcomer needs the ids of. */
    static void print(Application.CatalogServices catalog, Actor owner, PrintStream out) {
        for (Storefront s : catalog.storefronts().list(owner, new StorefrontFilter(null, true),
                PageRequest.first()).items()) {
            out.println("  storefront " + s.code().value() + "  " + s.name() + "  id: " + s.id().value());
        }
    }
}
