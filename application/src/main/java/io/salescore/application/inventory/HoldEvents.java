package io.salescore.application.inventory;

import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit events of stock holds, built here only, so {@code stock.reserved} and {@code stock.released} have one
 * payload whichever use case (a cashier's change, the sweeper, abandoning a sale) wrote them.
 */
public final class HoldEvents {

    private HoldEvents() {
    }

    /** The fields every hold event carries. */
    public static Map<String, Object> hold(Reservation hold) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reservation_id", hold.id().toString());
        data.put("sale_item_id", hold.saleItemId().toString());
        data.put("product_id", hold.productId().toString());
        data.put("storefront_id", hold.storefrontId().toString());
        data.put("stock_product_id", hold.stockProductId() == null ? null : hold.stockProductId().toString());
        data.put("quantity", hold.quantity().toPlainString());
        data.put("expires_at", hold.expiresAt().toString());
        return data;
    }

    /** {@code quantity} is what was taken (a whole new hold, or the growth of one). */
    public static AuditEvent reserved(Reservation hold, String quantity) {
        Map<String, Object> data = hold(hold);
        data.put("quantity", quantity);
        data.put("hold_quantity", hold.quantity().toPlainString());
        return AuditEvent.of("stock.reserved", "Reserved " + quantity + " of product " + hold.productId(), data)
                .withSale(hold.storefrontId(), hold.saleId()).withSaleItem(hold.saleItemId());
    }

    /** {@code quantity} is what was given back (a whole hold, or the shrink of one). */
    public static AuditEvent released(Reservation hold, String quantity, ReleaseReason reason) {
        Map<String, Object> data = hold(hold);
        data.put("quantity", quantity);
        data.put("reason", reason.name());
        String why = reason == ReleaseReason.EXPIRED ? "expired at " + hold.expiresAt() : reason.name();
        return AuditEvent.of("stock.released",
                        "Released " + quantity + " of product " + hold.productId() + " (" + why + ")", data)
                .withSale(hold.storefrontId(), hold.saleId()).withSaleItem(hold.saleItemId());
    }

    /** A whole hold given back. */
    public static AuditEvent released(Reservation hold, ReleaseReason reason) {
        return released(hold, hold.quantity().toPlainString(), reason);
    }

    /** The holds a use case ended: those still live were released for {@code reason}, the rest had expired. */
    public static List<AuditEvent> ended(HoldLedger.Ended ended, ReleaseReason reason) {
        List<AuditEvent> events = new ArrayList<>();
        ended.released().forEach(r -> events.add(released(r, reason)));
        ended.expired().forEach(r -> events.add(released(r, ReleaseReason.EXPIRED)));
        return events;
    }
}
