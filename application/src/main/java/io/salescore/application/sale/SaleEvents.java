package io.salescore.application.sale;

import io.salescore.application.inventory.HoldEvents;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.shared.Decimals;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit events of the sale lifecycle, with the ids, quantities and amounts each one concerns. */
public final class SaleEvents {

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

    static AuditEvent stockCommitted(Sale sale, SaleLine line, Reservation hold) {
        Map<String, Object> data = HoldEvents.hold(hold);
        data.put("quantity", line.quantity().toPlainString());
        return AuditEvent.of("stock.committed",
                        "Sold " + line.quantity() + " × " + line.productName() + " on sale " + sale.id(), data)
                .withSale(sale.storefrontId(), sale.id()).withSaleItem(line.id());
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

    /**
     * One shape for every way a sale is cancelled (its cashier abandons it, the stale-draft job, a refund of the
     * whole sale): why, the holds it released, and what the cause adds ({@code cause}: the refund, the draft age).
     */
    public static AuditEvent saleCancelled(Sale sale, String reason, String description, List<Reservation> released,
                                           Map<String, Object> cause) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_id", sale.id().toString());
        data.put("reason", reason);
        data.put("released_count", released.size());
        data.put("released_quantity", Decimals.plain2(released.stream().map(r -> r.quantity().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        data.putAll(cause);
        return AuditEvent.of("sale.cancelled", description, data)
                .withSale(sale.storefrontId(), sale.id()).withCustomer(sale.customerId());
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
