package io.salescore.domain.inventory;

import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * domain.md "Reservations": live = ACTIVE and {@code expires_at > now}; an ACTIVE hold past its expiry is EXPIRED
 * the moment it expires, whether or not a job ran. Time is passed in, never slept through.
 */
class ReservationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(30);
    private static final Instant EXPIRY = NOW.plus(TTL);

    private static Reservation hold() {
        return Reservation.hold(ReservationId.of(UUID.randomUUID()), SaleId.of(UUID.randomUUID()),
                SaleItemId.of(UUID.randomUUID()), StorefrontId.of(UUID.randomUUID()), ProductId.of(UUID.randomUUID()),
                StockProductId.of(UUID.randomUUID()), Quantity.of(5), NOW, TTL);
    }

    private static Reservation withStatus(ReservationStatus status) {
        Reservation r = hold();
        return new Reservation(r.id(), r.saleId(), r.saleItemId(), r.storefrontId(), r.productId(),
                r.stockProductId(), r.quantity(), status, r.expiresAt(), r.createdAt(), null, null);
    }

    @Test
    void a_new_hold_is_active_for_the_ttl() {
        Reservation hold = hold();

        assertThat(hold.status()).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(hold.createdAt()).isEqualTo(NOW);
        assertThat(hold.expiresAt()).isEqualTo(Instant.parse("2026-11-22T12:30:00Z"));
        assertThat(hold.quantity()).isEqualTo(Quantity.of(5));
        assertThat(hold.releasedAt()).isNull();
        assertThat(hold.releaseReason()).isNull();
    }

    @Test
    void is_live_before_its_expiry() {
        Reservation hold = hold();

        assertThat(hold.isLive(NOW)).isTrue();
        assertThat(hold.isLive(EXPIRY.minusNanos(1))).isTrue();
        assertThat(hold.effectiveStatus(NOW)).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(hold.effectiveStatus(EXPIRY.minusNanos(1))).isEqualTo(ReservationStatus.ACTIVE);
    }

    @Test
    void is_not_live_at_the_very_instant_it_expires() {
        Reservation hold = hold();

        assertThat(hold.isLive(EXPIRY)).isFalse();
        assertThat(hold.effectiveStatus(EXPIRY)).isEqualTo(ReservationStatus.EXPIRED);
    }

    @Test
    void an_active_hold_past_its_expiry_is_expired_without_any_job() {
        Reservation hold = hold();

        assertThat(hold.isLive(EXPIRY.plusNanos(1))).isFalse();
        assertThat(hold.isLive(EXPIRY.plus(Duration.ofDays(1)))).isFalse();
        assertThat(hold.effectiveStatus(EXPIRY.plusSeconds(1))).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(hold.status()).as("the stored status is untouched").isEqualTo(ReservationStatus.ACTIVE);
    }

    @ParameterizedTest
    @EnumSource(value = ReservationStatus.class, names = {"COMMITTED", "RELEASED", "EXPIRED"})
    void an_ended_hold_is_never_live_and_keeps_its_status(ReservationStatus status) {
        Reservation ended = withStatus(status);

        assertThat(ended.isLive(NOW)).isFalse();
        assertThat(ended.isLive(EXPIRY)).isFalse();
        assertThat(ended.effectiveStatus(NOW)).isEqualTo(status);
        assertThat(ended.effectiveStatus(EXPIRY.plusSeconds(1))).isEqualTo(status);
    }

    @Test
    void a_quantity_edited_in_place_keeps_the_same_hold() {
        Reservation hold = hold();

        Reservation raised = hold.withQuantity(Quantity.of(8));

        assertThat(raised.quantity()).isEqualTo(Quantity.of(8));
        assertThat(raised.id()).isEqualTo(hold.id());
        assertThat(raised.status()).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(raised.expiresAt()).isEqualTo(hold.expiresAt());
        assertThat(raised.createdAt()).isEqualTo(hold.createdAt());
        assertThat(raised.saleItemId()).isEqualTo(hold.saleItemId());
    }

    @Test
    void ending_a_hold_records_when_and_why() {
        Reservation hold = hold();
        Instant at = NOW.plusSeconds(90);

        Reservation released = hold.ended(ReservationStatus.RELEASED, at, ReleaseReason.ITEM_REMOVED);
        Reservation committed = hold.ended(ReservationStatus.COMMITTED, at, null);
        Reservation expired = hold.ended(ReservationStatus.EXPIRED, EXPIRY, ReleaseReason.EXPIRED);

        assertThat(released.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(released.releasedAt()).isEqualTo(at);
        assertThat(released.releaseReason()).isEqualTo(ReleaseReason.ITEM_REMOVED);
        assertThat(released.id()).isEqualTo(hold.id());
        assertThat(released.quantity()).isEqualTo(hold.quantity());
        assertThat(released.isLive(at)).isFalse();
        assertThat(committed.status()).isEqualTo(ReservationStatus.COMMITTED);
        assertThat(expired.effectiveStatus(NOW)).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(hold.status()).as("records are values").isEqualTo(ReservationStatus.ACTIVE);
    }

    @ParameterizedTest
    @EnumSource(value = ReservationStatus.class, names = {"COMMITTED", "RELEASED", "EXPIRED"})
    void only_an_active_hold_ends(ReservationStatus status) {
        Reservation ended = withStatus(status);

        assertThatThrownBy(() -> ended.ended(ReservationStatus.RELEASED, NOW, ReleaseReason.MANUAL))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_hold_ends_committed_released_or_expired_never_active() {
        Reservation hold = hold();

        assertThatThrownBy(() -> hold.ended(ReservationStatus.ACTIVE, NOW, ReleaseReason.MANUAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hold.ended(null, NOW, ReleaseReason.MANUAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_statuses_and_release_reasons_of_the_contract() {
        assertThat(ReservationStatus.values()).extracting(Enum::name)
                .containsExactly("ACTIVE", "COMMITTED", "RELEASED", "EXPIRED");
        assertThat(ReleaseReason.values()).extracting(Enum::name)
                .containsExactlyInAnyOrder("ITEM_REMOVED", "QUANTITY_REDUCED", "MANUAL", "SALE_ABANDONED",
                        "EXPIRED", "DRAFT_EXPIRED", "INTEGRITY_REPAIR");
    }
}
