package io.salescore.application.sale;

import java.time.Duration;
import java.time.Instant;

/** How long a hold lives without activity on its sale ({@code POS_RESERVATION_TTL}, default 30 minutes). */
public record ReservationPolicy(Duration ttl) {

    public ReservationPolicy {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("The reservation TTL must be positive");
        }
    }

    public static ReservationPolicy defaults() {
        return new ReservationPolicy(Duration.ofMinutes(30));
    }

    public Instant expiryFrom(Instant now) {
        return now.plus(ttl);
    }
}
