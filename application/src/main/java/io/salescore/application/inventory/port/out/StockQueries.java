package io.salescore.application.inventory.port.out;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.inventory.port.InventoryFilter;
import io.salescore.application.inventory.port.InventoryLine;
import io.salescore.application.inventory.port.MultiStorefrontLine;
import io.salescore.application.inventory.port.ProductStock;
import io.salescore.application.inventory.port.StockMovementFilter;
import io.salescore.application.inventory.port.TransferFilter;
import io.salescore.domain.inventory.StockAdjustment;
import io.salescore.domain.inventory.StockMovement;
import io.salescore.domain.inventory.StockTransfer;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: reading stock: inventory lines of one or several storefronts, a product's stock, the barcode lookup and
 * the history of transfers, adjustments and movements. {@code within} null means every storefront.
 */
public interface StockQueries {

    /** Newest first. */
    Page<StockTransfer> transfers(BusinessId business, TransferFilter filter, Set<StorefrontId> within,
                                  PageRequest page);

    /** Newest first; {@code product} may be null. */
    Page<StockAdjustment> adjustments(BusinessId business, StorefrontId storefront, ProductId product,
                                      PageRequest page);

    /** Newest first. */
    Page<StockMovement> movements(BusinessId business, StockMovementFilter filter, Set<StorefrontId> within,
                                  PageRequest page);

    /**
     * The active product with this barcode (when several share it, the one stocked at the storefront, then by name)
     * as an inventory line of {@code storefront}: zero quantities when it has no inventory row there or
     * {@code storefront} is null. Empty when no such product, or when the business has no such storefront.
     */
    Optional<InventoryLine> lineByBarcode(BusinessId business, String barcode, StorefrontId storefront, Instant now);

    /** One storefront's rows by product name, with live holds as of {@code now} and default prices. */
    Page<InventoryLine> inventory(BusinessId business, StorefrontId storefront, InventoryFilter filter, Instant now,
                                  PageRequest page);

    /**
     * The products of the business with an inventory row at one of {@code storefronts} (not empty), by product name,
     * each with its rows there (by storefront name; live holds as of {@code now}) and the default prices of a line
     * sold at any of them (the newest batch transferred into one of them, else the newest in the business).
     * {@code filter.onHand()} keeps only rows with a quantity above zero; the other catalogue filters as in
     * {@link #inventory}.
     */
    Page<MultiStorefrontLine> inventoryAcross(BusinessId business, Set<StorefrontId> storefronts,
                                              InventoryFilter filter, Instant now, PageRequest page);

    /** The product's rows in the storefronts {@code within}, by storefront name, with live holds as of {@code now}. */
    List<ProductStock.StorefrontStock> stockOfProduct(BusinessId business, ProductId product,
                                                      Set<StorefrontId> within, Instant now);

    /** The business time zone (days in date filters are days there). */
    ZoneId timezoneOf(BusinessId business);
}
