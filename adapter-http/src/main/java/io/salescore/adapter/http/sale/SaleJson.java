package io.salescore.adapter.http.sale;

import io.salescore.adapter.http.common.Json;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleTotals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** JSON shapes of sales, lines, holds and payments: money and quantities as strings with two decimals. */
final class SaleJson {

    private SaleJson() {
    }

    record SaleBody(UUID id, UUID business, UUID storefront, String storefrontName, UUID user, String userName,
                    UUID customer, String customerName, String receiptNumber, String receiptUrl, String type,
                    String status, String paymentType, String subtotal, String itemsDiscountAmount,
                    String itemsTaxAmount, String discountAmount, String taxAmount, String totalAmount,
                    String amountPaid, String amountDue, String changeGiven, String amountRefunded,
                    String amountCredited, String amountPaidOut, String notes, long version,
                    Instant createdAt, Instant updatedAt, Instant completedAt, List<LineBody> lineItems,
                    List<PaymentBody> payments, String paymentStatus, String paymentCompletionPercentage,
                    boolean isCreditSale, String businessName) {
    }

    record HoldBody(UUID id, String status, String quantity, Instant expiresAt) {
    }

    record LineBody(UUID id, UUID sale, long saleVersion, UUID product, UUID stockProduct, String productName,
                    String productSku, String quantity, String unitPrice, String discountPercentage,
                    String discountAmount, String taxRate, String taxAmount, String totalPrice,
                    String refundedQuantity, String unitCost, HoldBody reservation,
                    Instant createdAt, Instant updatedAt, String productCategory) {
    }

    record PaymentBody(UUID id, UUID sale, String amountPaid, String paymentMethod, String reference,
                       Instant createdAt, UUID processedBy) {
    }

    /** A row of {@code /sales/{id}/payments/}: the payment plus the old frontend's names (compat.md E15). */
    record PaymentHistoryBody(UUID id, UUID sale, String amountPaid, String paymentMethod, String reference,
                              Instant createdAt, UUID processedBy, String referenceNumber, String notes) {
        static PaymentHistoryBody of(PaymentBody p) {
            return new PaymentHistoryBody(p.id(), p.sale(), p.amountPaid(), p.paymentMethod(), p.reference(),
                    p.createdAt(), p.processedBy(), p.reference() == null || p.reference().isEmpty() ? null
                    : p.reference(), null);
        }
    }

    /** The update_customer answer (compat.md E11): the sale's keys at the top level plus the seed's wrapper. */
    record UpdateCustomerBody(@com.fasterxml.jackson.annotation.JsonUnwrapped SaleBody flat, String message,
                              String previousCustomer, String newCustomer, SaleBody sale) {
    }

    static SaleBody sale(SaleView view, Instant now, Function<SaleView, String> receiptUrl) {
        return sale(view, now, receiptUrl, false);
    }

    /** {@code showCost}: the lines' unit cost recorded at completion (never for a CASHIER; null otherwise). */
    static SaleBody sale(SaleView view, Instant now, Function<SaleView, String> receiptUrl, boolean showCost) {
        Sale sale = view.sale();
        SaleTotals t = sale.totals();
        return new SaleBody(sale.id().value(), sale.businessId().value(), sale.storefrontId().value(),
                view.storefrontName(), sale.userId().value(), view.userName(), sale.customerId().value(),
                view.customerName(), sale.receiptNumber().map(Object::toString).orElse(null),
                sale.receiptNumber().isPresent() ? receiptUrl.apply(view) : null, sale.type().name(),
                sale.status().name(), sale.paymentType().name(), t.subtotal().toString(),
                t.itemsDiscountAmount().toString(), t.itemsTaxAmount().toString(), t.discountAmount().toString(),
                t.taxAmount().toString(), t.totalAmount().toString(), t.amountPaid().toString(),
                t.amountDue().toString(), t.changeGiven().toString(), sale.amountRefunded().toString(),
                sale.amountCredited().toString(), sale.amountPaidOut().toString(), sale.notes(), sale.version(),
                Json.time(sale.createdAt()), Json.time(sale.updatedAt()), Json.time(sale.completedAt().orElse(null)),
                sale.lines().stream().map(l -> line(view, l, now, showCost)).toList(),
                sale.payments().stream().map(p -> payment(sale, p)).toList(), paymentStatus(sale.status(), t),
                completionPercentage(t), sale.isCreditSale(), view.businessName());
    }

    /**
     * The old frontend's credit badge (compat.md E13): null for DRAFT and CANCELLED; else "paid" when nothing is
     * due, "partial" when something was paid and something is due, else "unpaid".
     */
    static String paymentStatus(io.salescore.domain.sale.SaleStatus status, SaleTotals t) {
        if (status == io.salescore.domain.sale.SaleStatus.DRAFT || status == io.salescore.domain.sale.SaleStatus.CANCELLED) {
            return null;
        }
        if (t.amountDue().isZero()) {
            return "paid";
        }
        return t.amountPaid().isZero() ? "unpaid" : "partial";
    }

    /** min(100, paid × 100 / total), HALF_UP to 2 decimals; "100.00" when the total is 0.00 (compat.md E13). */
    static String completionPercentage(SaleTotals t) {
        if (t.totalAmount().isZero()) {
            return "100.00";
        }
        java.math.BigDecimal pct = t.amountPaid().amount().multiply(java.math.BigDecimal.valueOf(100))
                .divide(t.totalAmount().amount(), 2, java.math.RoundingMode.HALF_UP)
                .min(new java.math.BigDecimal("100.00"));
        return pct.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static LineBody line(SaleView view, SaleLine line, Instant now) {
        return line(view, line, now, false);
    }

    static LineBody line(SaleView view, SaleLine line, Instant now, boolean showCost) {
        Sale sale = view.sale();
        HoldBody hold = view.reservationOf(line.id()).map(r -> hold(r, now)).orElse(null);
        return new LineBody(line.id().value(), sale.id().value(), sale.version(), line.productId().value(),
                line.stockProductId() == null ? null : line.stockProductId().value(), line.productName(),
                line.productSku(), line.quantity().toPlainString(), line.unitPrice().toString(),
                line.discountPercentage().toString(), line.discountAmount().toString(), line.taxRate().toString(),
                line.taxAmount().toString(), line.totalPrice().toString(), Json.money(line.refundedQuantity()),
                showCost && line.unitCost() != null ? line.unitCost().toString() : null, hold,
                Json.time(line.createdAt()),
                Json.time(line.updatedAt()), null);
    }

    static HoldBody hold(Reservation r, Instant now) {
        return new HoldBody(r.id().value(), r.effectiveStatus(now).name(), r.quantity().toPlainString(),
                Json.time(r.expiresAt()));
    }

    static PaymentBody payment(Sale sale, Payment p) {
        return new PaymentBody(p.id().value(), sale.id().value(), p.amount().toString(), p.method().name(),
                p.reference(), Json.time(p.createdAt()), p.processedBy() == null ? null : p.processedBy().value());
    }

    /** A hold as the release and abandon answers list it. */
    record ReleasedBody(UUID reservationId, UUID stockProductId, UUID productId, String productName, String quantity,
                        Instant expiresAt) {
    }

    record ReleasedSummary(int count, String totalQuantity, List<ReleasedBody> reservations) {
    }

    static ReleasedSummary released(Sale sale, List<Reservation> released) {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        List<ReleasedBody> bodies = new java.util.ArrayList<>();
        var lines = sale.linesById();
        for (Reservation r : released) {
            total = total.add(r.quantity().value());
            SaleLine line = lines.get(r.saleItemId());
            bodies.add(new ReleasedBody(r.id().value(), r.stockProductId() == null ? null : r.stockProductId().value(),
                    r.productId().value(), line == null ? null : line.productName(), r.quantity().toPlainString(),
                    Json.time(r.expiresAt())));
        }
        return new ReleasedSummary(released.size(), Json.money(total), bodies);
    }

    /** A row of {@code /sales/{id}/reservations/}. */
    record ReservationBody(UUID id, UUID saleItem, UUID product, String productName, UUID stockProduct,
                           String quantity, String status, Instant expiresAt, Instant createdAt, Instant releasedAt,
                           String releaseReason) {
        static ReservationBody of(Reservation r, String productName, Instant now) {
            return new ReservationBody(r.id().value(), r.saleItemId().value(), r.productId().value(), productName,
                    r.stockProductId() == null ? null : r.stockProductId().value(), r.quantity().toPlainString(),
                    r.effectiveStatus(now).name(), Json.time(r.expiresAt()), Json.time(r.createdAt()),
                    Json.time(r.releasedAt()), r.releaseReason() == null ? null : r.releaseReason().name());
        }
    }
}
