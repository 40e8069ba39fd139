package io.salescore.domain.audit;

import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.PaymentId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StorefrontId;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something that happened, as the append-only audit log records it: a dotted event type
 * ({@code sale_item.added}), the things it concerns, the facts (ids, quantities, amounts) and one human sentence.
 * Who did it and from where is added when it is written.
 */
public record AuditEvent(String eventType, StorefrontId storefront, SaleId sale, SaleItemId saleItem,
                         CustomerId customer, PaymentId payment, Map<String, Object> data, String description) {

    public AuditEvent {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** Starts an event of the given type; add what it concerns with the {@code with...} methods. */
    public static AuditEvent of(String eventType, String description, Map<String, ?> data) {
        return new AuditEvent(eventType, null, null, null, null, null, new LinkedHashMap<>(data), description);
    }

    public AuditEvent withSale(StorefrontId storefrontId, SaleId saleId) {
        return new AuditEvent(eventType, storefrontId, saleId, saleItem, customer, payment, data, description);
    }

    public AuditEvent withSaleItem(SaleItemId id) {
        return new AuditEvent(eventType, storefront, sale, id, customer, payment, data, description);
    }

    public AuditEvent withCustomer(CustomerId id) {
        return new AuditEvent(eventType, storefront, sale, saleItem, id, payment, data, description);
    }

    public AuditEvent withPayment(PaymentId id) {
        return new AuditEvent(eventType, storefront, sale, saleItem, customer, id, data, description);
    }

    public AuditEvent withStorefront(StorefrontId id) {
        return new AuditEvent(eventType, id, sale, saleItem, customer, payment, data, description);
    }
}
