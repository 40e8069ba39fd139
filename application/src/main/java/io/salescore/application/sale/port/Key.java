package io.salescore.application.sale.port;

import java.time.Instant;
import java.util.UUID;

/** Where the previous chunk ended. */
public record Key(Instant completedAt, UUID id) {
}
