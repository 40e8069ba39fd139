package io.salescore.application.contract;

import io.salescore.application.inventory.port.Named;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.inventory.port.Due;
import io.salescore.application.inventory.port.out.HoldLedger.Ended;
import io.salescore.application.inventory.port.StockKey;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link ReservationRepository}: the guarded {@code reserved} counter, holds that end exactly once,
 * checkout, and the sweeper's methods. Subclass it with your adapter and its {@link ContractFixture}.
 *
 * <p>Each test's clock stands at {@code now}, one hour into its day; holds "due" expired before it, "live" ones
 * expire after it.
 */
public abstract class ReservationRepositoryContract<F extends ContractFixture> extends PortContract<F> {

    /** The adapter under test, working on {@code fixture}'s store and joining its unit of work. */
    protected abstract ReservationRepository reservationRepository(F fixture);

    private ReservationRepository repo;
    private Instant now;

    @Override
    protected void afterSetUp() {
        repo = reservationRepository(fixture);
        now = at(3600);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void stock(Shop in, ProductId product, long quantity) {
        fixture.stock(in.business(), in.storefront(), product, Quantity.of(quantity), start);
    }

    /** A hold of the shop's product for a new line, created {@code createdAfter} seconds into the day. */
    private Reservation hold(Shop in, SaleId sale, ProductId product, long quantity, long createdAfter,
                             Instant expiresAt) {
        return holdOf(in, sale, null, product, quantity, at(createdAfter), expiresAt);
    }

    private Reservation held(Shop in, SaleId sale, ProductId product, long quantity, long createdAfter,
                             Instant expiresAt) {
        Reservation hold = hold(in, sale, product, quantity, createdAfter, expiresAt);
        assertThat(fixture.hold(in.business(), hold)).as("hold taken").isTrue();
        return hold;
    }

    private Instant live() {
        return now.plusSeconds(600);
    }

    private Instant due(long secondsAgo) {
        return now.minusSeconds(secondsAgo);
    }

    private BigDecimal reserved(Shop in, ProductId product) {
        return fixture.reserved(in.business(), in.storefront(), product);
    }

    private BigDecimal onHand(Shop in, ProductId product) {
        return fixture.onHand(in.business(), in.storefront(), product);
    }

    private Map<ReservationId, Reservation> rows(Shop in, SaleId sale) {
        Map<ReservationId, Reservation> rows = new java.util.LinkedHashMap<>();
        tx(() -> repo.ofSale(in.business(), sale)).forEach(n -> rows.put(n.reservation().id(), n.reservation()));
        return rows;
    }

    private ReservationStatus statusOf(Shop in, Reservation hold) {
        return rows(in, hold.saleId()).get(hold.id()).status();
    }

    private static List<ReservationId> ids(List<Reservation> holds) {
        return holds.stream().map(Reservation::id).toList();
    }

    private static List<ReservationId> dueIds(List<Due> due) {
        return due.stream().map(d -> d.reservation().id()).toList();
    }

    // ---- the guarded counter ------------------------------------------------------------------------------

    @Test
    void a_hold_takes_stock_only_while_enough_is_unreserved_and_a_refusal_changes_nothing() {
        stock(shop, shop.product(), 5);
        Sale sale = storedDraft(shop, start);

        boolean first = tx(() -> repo.hold(shop.business(), hold(shop, sale.id(), shop.product(), 3, 1, live())));
        boolean second = tx(() -> repo.hold(shop.business(), hold(shop, sale.id(), shop.product(), 3, 2, live())));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("3");
        assertThat(rows(shop, sale.id())).hasSize(1);
        assertThat(tx(() -> repo.available(shop.business(), shop.storefront(), shop.product(), now)))
                .isEqualByComparingTo("2");
    }

    @Test
    void a_hold_of_the_last_units_fits_exactly() {
        stock(shop, shop.product(), 4);
        Sale sale = storedDraft(shop, start);

        assertThat(tx(() -> repo.hold(shop.business(), hold(shop, sale.id(), shop.product(), 4, 1, live())))).isTrue();
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("4");
        assertThat(tx(() -> repo.hold(shop.business(), hold(shop, sale.id(), shop.product(), 1, 2, live()))))
                .isFalse();
    }

    @Test
    void a_hold_of_stock_never_received_is_refused() {
        ProductId unstocked = fixture.newProduct(shop.business(), "Tea", "TEA-" + shortId(), start);
        Sale sale = storedDraft(shop, start);

        assertThat(tx(() -> repo.hold(shop.business(), hold(shop, sale.id(), unstocked, 1, 1, live())))).isFalse();
        assertThat(rows(shop, sale.id())).isEmpty();
        assertThat(tx(() -> repo.available(shop.business(), shop.storefront(), unstocked, now))).isZero();
        assertThat(tx(() -> repo.liveHeld(shop.business(), shop.storefront(), unstocked, now))).isZero();
    }

    @Test
    void a_hold_reads_back_as_it_was_taken() {
        stock(shop, shop.product(), 5);
        Sale sale = storedDraft(shop, start);
        Reservation hold = held(shop, sale.id(), shop.product(), 2, 1, live());

        List<Named> rows = tx(() -> repo.ofSale(shop.business(), sale.id()));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).reservation()).isEqualTo(hold);
        assertThat(rows.get(0).productName()).isEqualTo("Cola 33cl");
    }

    @Test
    void another_business_sees_neither_the_holds_nor_the_counter() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        stock(shop, shop.product(), 5);
        stock(other, other.product(), 5);
        Sale sale = storedDraft(shop, start);
        held(shop, sale.id(), shop.product(), 5, 1, live());

        assertThat(tx(() -> repo.available(other.business(), other.storefront(), other.product(), now)))
                .isEqualByComparingTo("5");
        assertThat(tx(() -> repo.ofSale(other.business(), sale.id()))).isEmpty();
        assertThat(tx(() -> repo.lockActiveHolds(other.business(), shop.storefront(), sale.id(),
                List.of(shop.product())))).isEmpty();
        assertThat(tx(() -> repo.endHolds(other.business(), sale.id(), Optional.empty(), ReleaseReason.MANUAL, now)))
                .isEqualTo(new Ended(List.of(), List.of()));
        assertThat(tx(() -> repo.expireDue(other.business(), shop.storefront(), shop.product(), live()))).isEmpty();
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("5");
        assertThat(reserved(other, other.product())).isZero();
    }

    @Test
    void available_and_live_held_count_only_live_holds_while_the_counter_counts_every_active_one() {
        stock(shop, shop.product(), 10);
        Sale sale = storedDraft(shop, start);
        held(shop, sale.id(), shop.product(), 3, 1, live());
        held(shop, sale.id(), shop.product(), 2, 2, due(60));

        assertThat(tx(() -> repo.liveHeld(shop.business(), shop.storefront(), shop.product(), now)))
                .isEqualByComparingTo("3");
        assertThat(tx(() -> repo.available(shop.business(), shop.storefront(), shop.product(), now)))
                .isEqualByComparingTo("7");
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("5");
    }

    // ---- locking, resizing, ending --------------------------------------------------------------------------

    @Test
    void lock_active_holds_returns_the_sales_active_holds_of_the_named_products_oldest_first() {
        ProductId tea = fixture.newProduct(shop.business(), "Tea", "TEA-" + shortId(), start);
        stock(shop, shop.product(), 10);
        stock(shop, tea, 10);
        Sale sale = storedDraft(shop, start);
        Sale otherSale = storedDraft(shop, start);
        Reservation colaA = held(shop, sale.id(), shop.product(), 1, 1, live());
        Reservation teaB = held(shop, sale.id(), tea, 1, 2, live());
        Reservation colaC = held(shop, sale.id(), shop.product(), 1, 3, due(10));
        Reservation ended = held(shop, sale.id(), shop.product(), 1, 4, live());
        held(shop, otherSale.id(), shop.product(), 1, 5, live());
        run(() -> repo.endHolds(shop.business(), sale.id(), Optional.of(ended.saleItemId()), ReleaseReason.MANUAL,
                now));

        List<Reservation> cola = tx(() -> repo.lockActiveHolds(shop.business(), shop.storefront(), sale.id(),
                List.of(shop.product())));
        List<Reservation> both = tx(() -> repo.lockActiveHolds(shop.business(), shop.storefront(), sale.id(),
                List.of(tea, shop.product())));

        assertThat(ids(cola)).containsExactly(colaA.id(), colaC.id());
        assertThat(ids(both)).containsExactly(colaA.id(), teaB.id(), colaC.id());
        assertThat(both).allMatch(r -> r.status() == ReservationStatus.ACTIVE);
    }

    @Test
    void resize_moves_the_counter_by_the_difference_and_refuses_a_growth_that_does_not_fit() {
        stock(shop, shop.product(), 5);
        Sale sale = storedDraft(shop, start);
        Reservation hold = held(shop, sale.id(), shop.product(), 2, 1, live());

        boolean grown = tx(() -> repo.resize(shop.business(), hold, Quantity.of(4)));
        assertThat(grown).isTrue();
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("4");

        boolean tooMuch = tx(() -> repo.resize(shop.business(), hold, Quantity.of(6)));
        assertThat(tooMuch).isFalse();
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("4");
        assertThat(rows(shop, sale.id()).get(hold.id()).quantity()).isEqualTo(Quantity.of(4));

        boolean shrunk = tx(() -> repo.resize(shop.business(), hold, Quantity.of(1)));
        assertThat(shrunk).isTrue();
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("1");
        assertThat(rows(shop, sale.id()).get(hold.id()).quantity()).isEqualTo(Quantity.of(1));
    }

    @Test
    void resize_of_a_hold_that_ended_changes_nothing() {
        stock(shop, shop.product(), 5);
        Sale sale = storedDraft(shop, start);
        Reservation hold = held(shop, sale.id(), shop.product(), 2, 1, live());
        run(() -> repo.endHolds(shop.business(), sale.id(), Optional.empty(), ReleaseReason.SALE_ABANDONED, now));

        assertThat(tx(() -> repo.resize(shop.business(), hold, Quantity.of(1)))).isFalse();
        assertThat(reserved(shop, shop.product())).isZero();
        assertThat(rows(shop, sale.id()).get(hold.id()).quantity()).isEqualTo(Quantity.of(2));
    }

    @Test
    void end_holds_releases_live_holds_expires_due_ones_and_lowers_the_counter_once() {
        stock(shop, shop.product(), 10);
        Sale sale = storedDraft(shop, start);
        Reservation liveHold = held(shop, sale.id(), shop.product(), 3, 1, live());
        Reservation dueHold = held(shop, sale.id(), shop.product(), 2, 2, due(60));

        Ended ended = tx(() -> repo.endHolds(shop.business(), sale.id(), Optional.empty(),
                ReleaseReason.SALE_ABANDONED, now));

        assertThat(ids(ended.released())).containsExactly(liveHold.id());
        assertThat(ids(ended.expired())).containsExactly(dueHold.id());
        assertThat(ended.released().get(0).status()).as("returned as it was").isEqualTo(ReservationStatus.ACTIVE);
        assertThat(reserved(shop, shop.product())).isZero();
        Map<ReservationId, Reservation> rows = rows(shop, sale.id());
        assertThat(rows.get(liveHold.id())).isEqualTo(liveHold.ended(ReservationStatus.RELEASED, now,
                ReleaseReason.SALE_ABANDONED));
        assertThat(rows.get(dueHold.id())).isEqualTo(dueHold.ended(ReservationStatus.EXPIRED, now,
                ReleaseReason.EXPIRED));

        Ended again = tx(() -> repo.endHolds(shop.business(), sale.id(), Optional.empty(),
                ReleaseReason.SALE_ABANDONED, now));
        assertThat(again.released()).isEmpty();
        assertThat(again.expired()).isEmpty();
        assertThat(reserved(shop, shop.product())).isZero();
    }

    @Test
    void end_holds_of_one_line_leaves_the_other_lines_holding() {
        stock(shop, shop.product(), 10);
        Sale sale = storedDraft(shop, start);
        Reservation removed = held(shop, sale.id(), shop.product(), 3, 1, live());
        Reservation kept = held(shop, sale.id(), shop.product(), 2, 2, live());

        Ended ended = tx(() -> repo.endHolds(shop.business(), sale.id(), Optional.of(removed.saleItemId()),
                ReleaseReason.ITEM_REMOVED, now));

        assertThat(ids(ended.released())).containsExactly(removed.id());
        assertThat(statusOf(shop, kept)).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("2");
    }

    @Test
    void extend_live_moves_only_the_live_holds_of_the_sale() {
        stock(shop, shop.product(), 10);
        Sale sale = storedDraft(shop, start);
        Sale otherSale = storedDraft(shop, start);
        Reservation a = held(shop, sale.id(), shop.product(), 1, 1, live());
        Reservation b = held(shop, sale.id(), shop.product(), 1, 2, now.plusSeconds(60));
        Reservation dueHold = held(shop, sale.id(), shop.product(), 1, 3, due(1));
        Reservation elsewhere = held(shop, otherSale.id(), shop.product(), 1, 4, live());
        Instant until = now.plusSeconds(900);

        int moved = tx(() -> repo.extendLive(shop.business(), sale.id(), now, until));

        assertThat(moved).isEqualTo(2);
        Map<ReservationId, Reservation> rows = rows(shop, sale.id());
        assertThat(rows.get(a.id()).expiresAt()).isEqualTo(until);
        assertThat(rows.get(b.id()).expiresAt()).isEqualTo(until);
        assertThat(rows.get(dueHold.id()).expiresAt()).isEqualTo(dueHold.expiresAt());
        assertThat(rows(shop, otherSale.id()).get(elsewhere.id()).expiresAt()).isEqualTo(elsewhere.expiresAt());
        assertThat(tx(() -> repo.extendLive(shop.business(), sale.id(), now, until))).as("already there").isZero();
    }

    @Test
    void hold_and_slide_sale_takes_the_hold_and_slides_the_sales_other_live_holds_to_its_expiry() {
        stock(shop, shop.product(), 3);
        Sale sale = storedDraft(shop, start);
        Reservation earlier = held(shop, sale.id(), shop.product(), 1, 1, live());
        Reservation dueHold = held(shop, sale.id(), shop.product(), 1, 2, due(1));
        Reservation newer = hold(shop, sale.id(), shop.product(), 1, 3, now.plusSeconds(900));

        assertThat(tx(() -> repo.holdAndSlideSale(shop.business(), newer, now))).isTrue();
        Map<ReservationId, Reservation> rows = rows(shop, sale.id());
        assertThat(rows.get(earlier.id()).expiresAt()).isEqualTo(newer.expiresAt());
        assertThat(rows.get(dueHold.id()).expiresAt()).isEqualTo(dueHold.expiresAt());
        assertThat(rows.get(newer.id())).isEqualTo(newer);

        Reservation tooMany = hold(shop, sale.id(), shop.product(), 1, 4, now.plusSeconds(1200));
        assertThat(tx(() -> repo.holdAndSlideSale(shop.business(), tooMany, now))).isFalse();
        assertThat(rows(shop, sale.id()).get(earlier.id()).expiresAt()).as("a refusal slides nothing")
                .isEqualTo(newer.expiresAt());
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("3");
    }

    // ---- checkout -------------------------------------------------------------------------------------------

    @Test
    void commit_sale_takes_the_sold_quantity_off_the_shelf_and_commits_the_holds() {
        stock(shop, shop.product(), 10);
        Sale sale = storedDraft(shop, start);
        Reservation three = held(shop, sale.id(), shop.product(), 3, 1, live());
        Reservation two = held(shop, sale.id(), shop.product(), 2, 2, live());

        run(() -> repo.commitSale(shop.business(), shop.storefront(), sale.id(),
                Map.of(shop.product(), new BigDecimal("5")), shop.staff(), now));

        assertThat(onHand(shop, shop.product())).isEqualByComparingTo("5");
        assertThat(reserved(shop, shop.product())).isZero();
        assertThat(tx(() -> repo.available(shop.business(), shop.storefront(), shop.product(), now)))
                .isEqualByComparingTo("5");
        Map<ReservationId, Reservation> rows = rows(shop, sale.id());
        assertThat(rows.get(three.id()).status()).isEqualTo(ReservationStatus.COMMITTED);
        assertThat(rows.get(two.id()).status()).isEqualTo(ReservationStatus.COMMITTED);
        assertThat(rows.get(two.id()).releasedAt()).isEqualTo(now);
    }

    @Test
    void commit_sale_whose_holds_do_not_add_up_throws_a_conflict_and_changes_nothing() {
        stock(shop, shop.product(), 10);
        Sale sale = storedDraft(shop, start);
        Reservation hold = held(shop, sale.id(), shop.product(), 3, 1, live());

        assertThatThrownBy(() -> run(() -> repo.commitSale(shop.business(), shop.storefront(), sale.id(),
                Map.of(shop.product(), new BigDecimal("4")), shop.staff(), now)))
                .isInstanceOf(ConflictException.class);

        assertThat(onHand(shop, shop.product())).isEqualByComparingTo("10");
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("3");
        assertThat(statusOf(shop, hold)).isEqualTo(ReservationStatus.ACTIVE);
    }

    // ---- expiry and the sweeper -----------------------------------------------------------------------------

    @Test
    void expire_due_expires_only_the_due_holds_of_that_stock() {
        ProductId tea = fixture.newProduct(shop.business(), "Tea", "TEA-" + shortId(), start);
        stock(shop, shop.product(), 10);
        stock(shop, tea, 10);
        Sale sale = storedDraft(shop, start);
        Reservation dueCola = held(shop, sale.id(), shop.product(), 2, 1, due(60));
        Reservation liveCola = held(shop, sale.id(), shop.product(), 3, 2, live());
        Reservation dueTea = held(shop, sale.id(), tea, 1, 3, due(60));
        Reservation exactlyNow = held(shop, sale.id(), shop.product(), 1, 4, now);

        List<Reservation> expired = tx(() -> repo.expireDue(shop.business(), shop.storefront(), shop.product(), now));

        assertThat(ids(expired)).containsExactlyInAnyOrder(dueCola.id(), exactlyNow.id());
        assertThat(expired).allMatch(r -> r.status() == ReservationStatus.ACTIVE);
        assertThat(statusOf(shop, dueCola)).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(statusOf(shop, liveCola)).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(statusOf(shop, dueTea)).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("3");
        assertThat(reserved(shop, tea)).isEqualByComparingTo("1");
    }

    @Test
    void the_sweep_expires_due_holds_of_every_business_oldest_first_and_lowers_their_counters() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        stock(shop, shop.product(), 10);
        stock(other, other.product(), 10);
        Sale mine = storedDraft(shop, start);
        Sale theirs = storedDraft(other, start);
        Reservation oldest = held(shop, mine.id(), shop.product(), 2, 1, due(300));
        Reservation second = held(other, theirs.id(), other.product(), 1, 2, due(200));
        Reservation third = held(shop, mine.id(), shop.product(), 1, 3, due(100));
        Reservation liveHold = held(shop, mine.id(), shop.product(), 4, 4, live());

        List<Due> swept = tx(() -> repo.expireDueBatch(now, 100, List.of()));

        assertThat(dueIds(swept)).containsExactly(oldest.id(), second.id(), third.id());
        assertThat(swept.get(1).business()).isEqualTo(other.business());
        assertThat(swept.get(0).business()).isEqualTo(shop.business());
        assertThat(swept.get(0).reservation()).as("returned as it was").isEqualTo(oldest);
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("4");
        assertThat(reserved(other, other.product())).isZero();
        assertThat(statusOf(shop, oldest)).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(rows(shop, mine.id()).get(oldest.id()).releaseReason()).isEqualTo(ReleaseReason.EXPIRED);
        assertThat(statusOf(shop, liveHold)).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(tx(() -> repo.expireDueBatch(now, 100, List.of()))).as("each hold is swept once").isEmpty();
    }

    @Test
    void the_sweep_takes_at_most_limit_holds_and_leaves_the_skipped_stock_alone() {
        ProductId tea = fixture.newProduct(shop.business(), "Tea", "TEA-" + shortId(), start);
        stock(shop, shop.product(), 10);
        stock(shop, tea, 10);
        Sale sale = storedDraft(shop, start);
        Reservation colaOld = held(shop, sale.id(), shop.product(), 1, 1, due(300));
        Reservation colaNew = held(shop, sale.id(), shop.product(), 1, 2, due(100));
        Reservation teaHold = held(shop, sale.id(), tea, 1, 3, due(200));
        StockKey cola = new StockKey(shop.business(), shop.storefront(), shop.product());

        List<Due> one = tx(() -> repo.expireDueBatch(now, 1, List.of()));
        List<Due> notCola = tx(() -> repo.expireDueBatch(now, 100, List.of(cola)));

        assertThat(dueIds(one)).containsExactly(colaOld.id());
        assertThat(dueIds(notCola)).containsExactly(teaHold.id());
        assertThat(statusOf(shop, colaNew)).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("1");
        assertThat(reserved(shop, tea)).isZero();
    }

    @Test
    void find_due_lists_what_the_sweep_would_take_without_changing_anything() {
        ProductId tea = fixture.newProduct(shop.business(), "Tea", "TEA-" + shortId(), start);
        stock(shop, shop.product(), 10);
        stock(shop, tea, 10);
        Sale sale = storedDraft(shop, start);
        Reservation colaDue = held(shop, sale.id(), shop.product(), 2, 1, due(100));
        Reservation teaDue = held(shop, sale.id(), tea, 1, 2, due(200));
        held(shop, sale.id(), shop.product(), 1, 3, live());

        List<Due> all = tx(() -> repo.findDue(now, 100, List.of()));
        List<Due> first = tx(() -> repo.findDue(now, 1, List.of()));
        List<Due> skipped = tx(() -> repo.findDue(now, 100,
                List.of(new StockKey(shop.business(), shop.storefront(), tea))));

        assertThat(dueIds(all)).containsExactly(teaDue.id(), colaDue.id());
        assertThat(all).allMatch(d -> d.business().equals(shop.business()));
        assertThat(dueIds(first)).containsExactly(teaDue.id());
        assertThat(dueIds(skipped)).containsExactly(colaDue.id());
        assertThat(statusOf(shop, colaDue)).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(reserved(shop, shop.product())).isEqualByComparingTo("3");
        assertThat(tx(() -> repo.findDue(now, 100, List.of()))).hasSize(2);
    }

    @Test
    void of_sale_lists_every_row_of_the_sale_oldest_first_whatever_its_status() {
        stock(shop, shop.product(), 10);
        Sale sale = storedDraft(shop, start);
        Reservation first = held(shop, sale.id(), shop.product(), 1, 1, live());
        Reservation second = held(shop, sale.id(), shop.product(), 1, 2, live());
        Reservation third = held(shop, sale.id(), shop.product(), 1, 3, live());
        run(() -> repo.endHolds(shop.business(), sale.id(), Optional.of(second.saleItemId()),
                ReleaseReason.QUANTITY_REDUCED, now));

        assertThat(rows(shop, sale.id()).keySet()).containsExactly(first.id(), second.id(), third.id());
        assertThat(rows(shop, sale.id()).get(second.id()).releaseReason()).isEqualTo(ReleaseReason.QUANTITY_REDUCED);
    }
}
