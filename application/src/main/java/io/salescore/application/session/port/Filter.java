package io.salescore.application.session.port;

import io.salescore.domain.session.SessionStatus;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import java.time.Instant;

/** List filters; null = any. {@code user} already resolved ({@code me} is the caller). */
public record Filter(SessionStatus status, StorefrontId storefront, UserId user, Instant from, Instant to,
              boolean staleOnly) {
}
