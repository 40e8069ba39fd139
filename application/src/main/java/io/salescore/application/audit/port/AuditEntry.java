package io.salescore.application.audit.port;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One stored audit log entry, as listed. {@code eventData} is the JSON object written with the event. */
public record AuditEntry(UUID id, long sequence, String eventType, Instant timestamp, UUID user, String userName,
                         UUID storefront, UUID sale, UUID saleItem, UUID customer, UUID payment,
                         Map<String, Object> eventData, String description, String ipAddress, String userAgent) {
}
