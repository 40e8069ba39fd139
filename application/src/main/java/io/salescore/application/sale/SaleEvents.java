package io.salescore.application.sale;

import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;

import java.util.LinkedHashMap;
import java.util.Map;

/** The audit events of the sale lifecycle, with the ids, quantities and amounts each one concerns. */
final class SaleEvents {

    private SaleEvents() {
    }

    static AuditEvent saleCreated(Sale sale, String customerName) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_id", sale.id().toString());
        data.put("storefront_id", sale.storefrontId().toString());
        data.put("customer_id", sale.customerId().toString());
        data.put("customer_name", customerName);
        data.put("type", sale.type().name());
        data.put("payment_type", sale.paymentType().name());
        return AuditEvent.of("sale.created", "Sale " + sale.id() + " opened for " + customerName, data)
                .withSale(sale.storefrontId(), sale.id()).withCustomer(sale.customerId());
    }

    static AuditEvent saleUpdated(Sale sale, Map<String, Object> changes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_id", sale.id().toString());
        data.put("changes", changes);
        return AuditEvent.of("sale.updated", "Sale " + sale.id() + " changed: " + String.join(", ", changes.keySet()), data)
                .withSale(sale.storefrontId(), sale.id());
    }

    static Map<String, Object> line(SaleLine line) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_item_id", line.id().toString());
        data.put("product_id", line.productId().toString());
        data.put("stock_product_id", line.stockProductId() == null ? null : line.stockProductId().toString());
        data.put("product_name", line.productName());
        data.put("quantity", line.quantity().toPlainString());
        data.put("unit_price", line.unitPrice().toString());
        data.put("discount_percentage", line.discountPercentage().toString());
        data.put("tax_rate", line.taxRate().toString());
        data.put("total_price", line.totalPrice().toString());
        return data;
    }

    static AuditEvent itemAdded(Sale sale, SaleLine line) {
        return AuditEvent.of("sale_item.added",
                        "Added " + line.quantity() + " × " + line.productName() + " to sale " + sale.id(), line(line))
                .withSale(sale.storefrontId(), sale.id()).withSaleItem(line.id());
    }

    static AuditEvent itemUpdated(Sale sale, SaleLine before, SaleLine after) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_item_id", after.id().toString());
        data.put("before", line(before));
        data.put("after", line(after));
        return AuditEvent.of("sale_item.updated", "Changed " + after.productName() + " on sale " + sale.id(), data)
                .withSale(sale.storefrontId(), sale.id()).withSaleItem(after.id());
    }

    static AuditEvent itemRemoved(Sale sale, SaleLine line) {
        return AuditEvent.of("sale_item.removed",
                        "Removed " + line.quantity() + " × " + line.productName() + " from sale " + sale.id(), line(line))
                .withSale(sale.storefrontId(), sale.id()).withSaleItem(line.id());
    }

    static Map<String, Object> hold(Reservation hold) {
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
    static AuditEvent stockReserved(Reservation hold, String quantity) {
        Map<String, Object> data = hold(hold);
        data.put("quantity", quantity);
        data.put("hold_quantity", hold.quantity().toPlainString());
        return AuditEvent.of("stock.reserved", "Reserved " + quantity + " of product " + hold.productId(), data)
                .withSale(hold.storefrontId(), hold.saleId()).withSaleItem(hold.saleItemId());
    }

    /** {@code quantity} is what was given back (a whole hold, or the shrink of one). */
    static AuditEvent stockReleased(Reservation hold, String quantity, String reason) {
        Map<String, Object> data = hold(hold);
        data.put("quantity", quantity);
        data.put("reason", reason);
        return AuditEvent.of("stock.released",
                        "Released " + quantity + " of product " + hold.productId() + " (" + reason + ")", data)
                .withSale(hold.storefrontId(), hold.saleId()).withSaleItem(hold.saleItemId());
    }

    static AuditEvent stockCommitted(Sale sale, SaleLine line, Reservation hold) {
        Map<String, Object> data = hold(hold);
        data.put("quantity", line.quantity().toPlainString());
        return AuditEvent.of("stock.committed",
                        "Sold " + line.quantity() + " × " + line.productName() + " on sale " + sale.id(), data)
                .withSale(sale.storefrontId(), sale.id()).withSaleItem(line.id());
    }

    static AuditEvent saleCompleted(Sale sale) {
        return saleCompleted(sale, java.util.Optional.empty());
    }

    /** {@code drawer}: the till session the money went to and whose drawer it is (domain.md "Attribution"). */
    static AuditEvent saleCompleted(Sale sale,
                                    java.util.Optional<io.salescore.application.sale.port.out.SaleRepository.Drawer> drawer) {
        var totals = sale.totals();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_id", sale.id().toString());
        data.put("status", sale.status().name());
        data.put("payment_type", sale.paymentType().name());
        data.put("receipt_number", sale.receiptNumber().map(Object::toString).orElse(null));
        data.put("total_amount", totals.totalAmount().toString());
        data.put("amount_paid", totals.amountPaid().toString());
        data.put("amount_due", totals.amountDue().toString());
        data.put("change_given", totals.changeGiven().toString());
        data.put("payments", sale.payments().stream().map(p -> Map.of("payment_id", p.id().toString(),
                "amount_paid", p.amount().toString(), "payment_method", p.method().name())).toList());
        data.put("session_id", drawer.map(d -> d.session().toString()).orElse(null));
        data.put("session_user_id", drawer.map(d -> d.owner().toString()).orElse(null));
        return AuditEvent.of("sale.completed", "Sale " + sale.id() + " " + sale.status().name().toLowerCase()
                        + " with receipt " + data.get("receipt_number") + ", total " + totals.totalAmount(), data)
                .withSale(sale.storefrontId(), sale.id()).withCustomer(sale.customerId());
    }

    static AuditEvent saleCancelled(Sale sale, int released, String totalQuantity) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_id", sale.id().toString());
        data.put("released_count", released);
        data.put("released_quantity", totalQuantity);
        return AuditEvent.of("sale.cancelled", "Sale " + sale.id() + " abandoned; " + released + " holds released", data)
                .withSale(sale.storefrontId(), sale.id());
    }

    static AuditEvent typeChanged(Sale sale, String oldType, java.util.List<Sale.Repricing> repriced) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_id", sale.id().toString());
        data.put("old_type", oldType);
        data.put("new_type", sale.type().name());
        data.put("updated_items", repriced.stream().map(r -> Map.of("sale_item_id", r.lineId().toString(),
                "old_price", r.oldPrice().toString(), "new_price", r.newPrice().toString())).toList());
        return AuditEvent.of("sale.type_changed",
                        "Sale " + sale.id() + " changed from " + oldType + " to " + sale.type().name(), data)
                .withSale(sale.storefrontId(), sale.id());
    }
}
