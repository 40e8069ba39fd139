package io.salescore.application.inventory.port.out;

import io.salescore.application.inventory.port.Due;
import io.salescore.application.inventory.port.StockKey;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;

import java.time.Instant;
import java.util.List;

/** Port: the sweeper's view of the holds, across businesses (expire what is due; look without changing). */
public interface ExpirySweep {

    /**
     * One storefront product's due holds EXPIRED, the counter lowered by their quantity (the sweeper's retry of a
     * stock on its own; the same method as {@link HoldLedger#expireDue}). Returns them as they were (ACTIVE).
     */
    List<Reservation> expireDue(BusinessId business, StorefrontId storefront, ProductId product, Instant now);

    /**
     * The sweeper's step: marks up to {@code limit} due holds EXPIRED and lowers the counters. It takes the
     * inventory rows of stock with due holds (oldest due first) with {@code FOR UPDATE SKIP LOCKED}, then their
     * holds the same way, so it never waits and several instances sweeping at once never take the same hold. Stock
     * another transaction holds locked is passed over <em>before</em> the limit counts: a batch comes back short
     * only when every other due stock is busy, never because the oldest due stock is (one locked row must not stop
     * the sweep for everyone else). Holds of the stock in {@code skip} are left alone (the sweeper's quarantine of
     * stock whose release failed). Returns what it expired (as it was).
     */
    List<Due> expireDueBatch(Instant now, int limit, java.util.Collection<StockKey> skip);

    /** Due holds, oldest expiry first, without changing anything (dry runs), leaving out the stock in {@code skip}. */
    List<Due> findDue(Instant now, int limit, java.util.Collection<StockKey> skip);
}
