package io.salescore.application.sale;

import io.salescore.application.inventory.HoldEvents;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.shared.Decimals;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleEvent;
import io.salescore.domain.sale.SaleLine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit entries of the sale lifecycle, built here only: each {@link SaleEvent} the aggregate recorded becomes
 * its one entry, with the ids, quantities and amounts it concerns, so one event type has one payload whichever use
 * case changed the sale. {@link #take} is how a use case gets them (and the sale forgets them).
 */
public final class SaleEvents {

    private SaleEvents() {
    }

    /**
     * What some entries name that the sale does not hold: the customers' names (opened, customer changed), the till
     * session the money went to (completed, payment recorded), and why and how a sale was cancelled.
     */
    public record Facts(String customerName, String previousCustomerName,
                        Optional<io.salescore.application.sale.port.out.SaleRepository.Drawer> drawer,
                        Cancellation cancellation) {

        public static final Facts NONE = new Facts(null, null, Optional.empty(), null);

        public Facts withCustomer(String name) {
            return new Facts(name, previousCustomerName, drawer, cancellation);
        }

        public Facts withCustomerChange(String previous, String name) {
            return new Facts(name, previous, drawer, cancellation);
        }

        public Facts withDrawer(Optional<io.salescore.application.sale.port.out.SaleRepository.Drawer> till) {
            return new Facts(customerName, previousCustomerName, till, cancellation);
        }

        public Facts withCancellation(Cancellation why) {
            return new Facts(customerName, previousCustomerName, drawer, why);
        }
    }

    /**
     * Why a sale was cancelled ({@code reason}), its sentence, the holds that released, and what the cause adds
     * ({@code cause}: the refund, the draft's age).
     */
    public record Cancellation(String reason, String description, List<Reservation> released,
                               Map<String, Object> cause) {
    }

    /**
     * The sale's recorded events as audit entries, oldest first; the sale no longer holds them. Amounts and
     * statuses beside an event's own facts are read from the sale as it stands, so a use case takes the events at
     * the end of its one change (the template refuses to write a change that left any behind).
     */
    public static List<AuditEvent> take(Sale sale, Facts facts) {
        return entries(sale, sale.takeEvents(), facts);
    }

    /** The audit entries of {@code events}, which {@code sale} recorded and a use case took. */
    public static List<AuditEvent> entries(Sale sale, List<SaleEvent> events, Facts facts) {
        Entries entries = new Entries(sale, facts);
        return events.stream().map(e -> e.accept(entries)).toList();
    }

    /** Each event's entry; a fact the event needs and {@link Facts} lacks is a programming error. */
    private record Entries(Sale sale, Facts facts) implements SaleEvent.Visitor<AuditEvent> {

        private static <T> T needed(T fact, String what) {
            return Objects.requireNonNull(fact, () -> "The audit entry needs " + what);
        }

        @Override
        public AuditEvent opened(SaleEvent.Opened event) {
            return saleCreated(sale, needed(facts.customerName(), "the customer's name"));
        }

        @Override
        public AuditEvent updated(SaleEvent.Updated event) {
            Map<String, Object> diff = new LinkedHashMap<>();
            changed(diff, "discount_amount", event.before().discountAmount(), event.after().discountAmount());
            changed(diff, "tax_amount", event.before().taxAmount(), event.after().taxAmount());
            changed(diff, "notes", event.before().notes(), event.after().notes());
            changed(diff, "payment_type", event.before().paymentType(), event.after().paymentType());
            return saleUpdated(sale, diff);
        }

        @Override
        public AuditEvent lineAdded(SaleEvent.LineAdded event) {
            return itemAdded(sale, event.line());
        }

        @Override
        public AuditEvent lineChanged(SaleEvent.LineChanged event) {
            return itemUpdated(sale, event.before(), event.after());
        }

        @Override
        public AuditEvent lineRemoved(SaleEvent.LineRemoved event) {
            return itemRemoved(sale, event.line());
        }

        @Override
        public AuditEvent customerChanged(SaleEvent.CustomerChanged event) {
            String previous = needed(facts.previousCustomerName(), "the previous customer's name");
            String name = needed(facts.customerName(), "the new customer's name");
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("old_customer_id", event.from().toString());
            data.put("old_customer_name", previous);
            data.put("new_customer_id", event.to().toString());
            data.put("new_customer_name", name);
            data.put("sale_status", sale.status().name());
            return AuditEvent.of("sale.customer_updated",
                            "Customer updated from \"" + previous + "\" to \"" + name + "\" on sale " + sale.id(), data)
                    .withSale(sale.storefrontId(), sale.id()).withCustomer(event.to());
        }

        @Override
        public AuditEvent typeChanged(SaleEvent.TypeChanged event) {
            return SaleEvents.typeChanged(sale, event.from().name(), event.repriced());
        }

        @Override
        public AuditEvent paymentRecorded(SaleEvent.PaymentRecorded event) {
            var payment = event.payment();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("sale_id", sale.id().toString());
            data.put("payment_id", payment.id().toString());
            data.put("amount_paid", payment.amount().toString());
            data.put("payment_method", payment.method().name());
            data.put("reference", payment.reference());
            data.put("session_id", facts.drawer().map(d -> d.session().toString()).orElse(null));
            data.put("session_user_id", facts.drawer().map(d -> d.owner().toString()).orElse(null));
            data.put("old_status", event.from().name());
            data.put("new_status", event.to().name());
            data.put("amount_due", sale.amountDue().toString());
            return AuditEvent.of("payment.recorded",
                            "Payment of " + payment.amount() + " (" + payment.method() + ") recorded on sale " + sale.id()
                                    + "; " + sale.amountDue() + " still due", data)
                    .withSale(sale.storefrontId(), sale.id()).withCustomer(sale.customerId()).withPayment(payment.id());
        }

        @Override
        public AuditEvent completed(SaleEvent.Completed event) {
            return saleCompleted(sale, event.outcome(), facts.drawer());
        }

        @Override
        public AuditEvent cancelled(SaleEvent.Cancelled event) {
            Cancellation why = needed(facts.cancellation(), "why the sale was cancelled");
            return saleCancelled(sale, why.reason(), why.description(), why.released(), why.cause());
        }

        private static void changed(Map<String, Object> diff, String field, Object before, Object after) {
            if (!String.valueOf(before).equals(String.valueOf(after))) {
                diff.put(field, Map.of("old", String.valueOf(before), "new", String.valueOf(after)));
            }
        }
    }

    private static AuditEvent saleCreated(Sale sale, String customerName) {
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

    private static AuditEvent saleUpdated(Sale sale, Map<String, Object> changes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_id", sale.id().toString());
        data.put("changes", changes);
        return AuditEvent.of("sale.updated", "Sale " + sale.id() + " changed: " + String.join(", ", changes.keySet()), data)
                .withSale(sale.storefrontId(), sale.id());
    }

    private static Map<String, Object> line(SaleLine line) {
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

    private static AuditEvent itemAdded(Sale sale, SaleLine line) {
        return AuditEvent.of("sale_item.added",
                        "Added " + line.quantity() + " × " + line.productName() + " to sale " + sale.id(), line(line))
                .withSale(sale.storefrontId(), sale.id()).withSaleItem(line.id());
    }

    private static AuditEvent itemUpdated(Sale sale, SaleLine before, SaleLine after) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_item_id", after.id().toString());
        data.put("before", line(before));
        data.put("after", line(after));
        return AuditEvent.of("sale_item.updated", "Changed " + after.productName() + " on sale " + sale.id(), data)
                .withSale(sale.storefrontId(), sale.id()).withSaleItem(after.id());
    }

    private static AuditEvent itemRemoved(Sale sale, SaleLine line) {
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
    private static AuditEvent saleCompleted(Sale sale, io.salescore.domain.sale.SaleStatus outcome,
                                    java.util.Optional<io.salescore.application.sale.port.out.SaleRepository.Drawer> drawer) {
        var totals = sale.totals();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_id", sale.id().toString());
        data.put("status", outcome.name());
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
        return AuditEvent.of("sale.completed", "Sale " + sale.id() + " " + outcome.name().toLowerCase()
                        + " with receipt " + data.get("receipt_number") + ", total " + totals.totalAmount(), data)
                .withSale(sale.storefrontId(), sale.id()).withCustomer(sale.customerId());
    }

    /**
     * One shape for every way a sale is cancelled (its cashier abandons it, the stale-draft job, a refund of the
     * whole sale): why, the holds it released, and what the cause adds ({@code cause}: the refund, the draft age).
     */
    private static AuditEvent saleCancelled(Sale sale, String reason, String description, List<Reservation> released,
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

    private static AuditEvent typeChanged(Sale sale, String oldType, java.util.List<Sale.Repricing> repriced) {
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
