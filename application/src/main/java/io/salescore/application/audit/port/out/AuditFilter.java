package io.salescore.application.audit.port.out;

import io.salescore.domain.shared.BusinessId;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which audit entries to list. {@code storefronts} present limits entries to those storefronts;
 * {@code includeUnscoped} also lets through entries with no storefront (customer and catalogue events, never
 * {@code staff.*}, {@code token.*} or {@code business.*}, which are for OWNER and ADMIN only);
 * {@code salesOnly} keeps only entries about a sale.
 */
public record AuditFilter(BusinessId business, Optional<Set<UUID>> storefronts, boolean includeUnscoped,
                          boolean salesOnly, Optional<UUID> sale, Optional<String> eventType, Optional<UUID> customer,
                          Optional<UUID> user, Optional<Instant> from, Optional<Instant> to) {
}
