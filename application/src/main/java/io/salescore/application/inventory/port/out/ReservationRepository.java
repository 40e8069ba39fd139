package io.salescore.application.inventory.port.out;

import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Port: holds of stock and the {@code reserved} counter on storefront inventory rows that sums the ACTIVE ones.
 * Every method runs in the caller's transaction and locks in the documented order (inventory row, then holds).
 */
public interface ReservationRepository {

    /**
     * Marks the ACTIVE holds of one storefront product whose time has passed ({@code expires_at <= now}) as
     * EXPIRED and lowers the counter by their quantity. Returns them as they were before (ACTIVE).
     */
    List<Reservation> expireDue(BusinessId business, StorefrontId storefront, ProductId product, Instant now);

    /** Σ quantity of live holds ({@code ACTIVE and expires_at > now}) of one storefront product. */
    BigDecimal liveHeld(BusinessId business, StorefrontId storefront, ProductId product, Instant now);
}
