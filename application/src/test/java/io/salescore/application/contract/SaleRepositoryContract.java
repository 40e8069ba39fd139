package io.salescore.application.contract;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.out.SaleRepository.SaleRef;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.CheckoutPlan;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PaymentId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StorefrontId;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link SaleRepository}: a sale reads back exactly as it was written (header, lines, payments,
 * the names that go with it), only within its business, and the two lists (the sales list and the stale-draft
 * lock) find the sales they should in the order they promise. Subclass it with your adapter and its
 * {@link ContractFixture}.
 */
public abstract class SaleRepositoryContract<F extends ContractFixture> extends PortContract<F> {

    /** The adapter under test, working on {@code fixture}'s store and joining its unit of work. */
    protected abstract SaleRepository saleRepository(F fixture);

    private SaleRepository repo;

    @Override
    protected void afterSetUp() {
        repo = saleRepository(fixture);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private Sale inserted(Shop in, Instant now) {
        Sale sale = draft(in, now);
        run(() -> repo.insert(sale));
        return sale;
    }

    /** Adds a line as add-item does: the change the sale recorded, written with its header. */
    private SaleLine added(Sale sale, long quantity, String price, Instant now) {
        SaleLine line = line(sale, shop.product(), quantity, price, now);
        run(() -> repo.update(sale, sale.takeEvents()));
        return line;
    }

    private SaleView read(Shop in, Sale sale) {
        return tx(() -> repo.find(in.business(), sale.id())).orElseThrow();
    }

    private Payment payment(String amount, PaymentMethod method, String reference, Instant at) {
        return new Payment(PaymentId.of(UUID.randomUUID()), Money.of(amount), method, reference, at, shop.staff());
    }

    private ReceiptNumber receipt(long sequence) {
        return ReceiptNumber.of("MAIN", LocalDate.ofInstant(start, ZoneOffset.UTC), sequence);
    }

    private Page<SaleView> list(SaleFilter filter, PageRequest page) {
        return tx(() -> repo.list(filter, page));
    }

    private SaleFilter all(Shop in, SaleCriteria criteria) {
        return new SaleFilter(in.business(), Optional.empty(), criteria);
    }

    /**
     * Lines compared field by field, numbers by value: a store may give back {@code 0.00} for the {@code 0} it
     * was given ({@code SaleLine.refundedQuantity} is a plain {@link BigDecimal}).
     */
    private static ListAssert<SaleLine> assertLines(List<SaleLine> actual) {
        return assertThat(actual).usingRecursiveFieldByFieldElementComparator(
                RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build());
    }

    private static List<SaleId> ids(Page<SaleView> page) {
        return page.items().stream().map(v -> v.sale().id()).toList();
    }

    // ---- round trips ------------------------------------------------------------------------------------------

    @Test
    void a_new_sale_reads_back_with_every_header_field_and_the_names_that_go_with_it() {
        Sale sale = Sale.open(SaleId.of(UUID.randomUUID()), shop.business(), shop.storefront(), shop.staff(),
                shop.walkIn(), SaleType.WHOLESALE, PaymentType.CARD, "Deliver after five", at(10));
        run(() -> repo.insert(sale));

        SaleView view = read(shop, sale);

        assertThat(view.sale().state()).isEqualTo(sale.state());
        assertThat(view.sale().lines()).isEmpty();
        assertThat(view.sale().payments()).isEmpty();
        assertThat(view.storefrontName()).isEqualTo("Main Street Shop Front");
        assertThat(view.storefrontCode()).isEqualTo("MAIN");
        assertThat(view.userName()).isEqualTo("Ama Mensah");
        assertThat(view.customerName()).isEqualTo(Customer.WALK_IN_NAME);
        assertThat(view.businessName()).isEqualTo("Main Street Shop");
        assertThat(view.reservations()).isEmpty();
        assertThat(view.receipt()).isNull();
    }

    @Test
    void lines_read_back_in_the_order_they_were_added_with_every_field() {
        Sale sale = inserted(shop, at(10));
        added(sale, 2, "20.00", at(20));
        added(sale, 1, "3.50", at(30));

        SaleView view = read(shop, sale);

        assertLines(view.sale().lines()).containsExactlyElementsOf(sale.lines());
        assertThat(view.sale().state()).isEqualTo(sale.state());
        assertThat(view.sale().totals()).isEqualTo(sale.totals());
    }

    @Test
    void every_change_bumps_the_version_and_update_writes_it_with_the_header() {
        Sale sale = inserted(shop, at(10));
        assertThat(read(shop, sale).sale().version()).isEqualTo(1);
        SaleLine line = added(sale, 2, "20.00", at(20));
        assertThat(read(shop, sale).sale().version()).isEqualTo(2);

        sale.update(Optional.of(Money.of("5.00")), Optional.of(Money.of("1.25")), Optional.of("Gift wrap"),
                Optional.of(PaymentType.MIXED), at(30));
        run(() -> repo.update(sale, sale.takeEvents()));

        Sale stored = read(shop, sale).sale();
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.state()).isEqualTo(sale.state());
        assertThat(stored.notes()).isEqualTo("Gift wrap");
        assertThat(stored.updatedAt()).isEqualTo(at(30));
        assertLines(List.of(stored.line(line.id()))).containsExactly(line);
    }

    @Test
    void update_writes_the_lines_a_change_changed_and_removes_only_the_removed_line() {
        Sale sale = inserted(shop, at(10));
        SaleLine first = added(sale, 2, "20.00", at(20));
        SaleLine second = added(sale, 1, "3.50", at(30));

        Sale.LineChange change = sale.changeLine(first.id(), Optional.of(Quantity.of(5)), Optional.of(Money.of("18.00")),
                Optional.empty(), Optional.empty(), at(40));
        run(() -> repo.update(sale, sale.takeEvents()));
        assertLines(read(shop, sale).sale().lines()).containsExactly(change.after(), second);

        sale.removeLine(second.id(), at(50));
        run(() -> repo.update(sale, sale.takeEvents()));
        SaleView view = read(shop, sale);
        assertLines(view.sale().lines()).containsExactly(change.after());
        assertThat(view.sale().state()).isEqualTo(sale.state());
    }

    @Test
    void a_completed_sale_reads_back_with_its_payments_receipt_number_and_the_names_frozen_at_completion() {
        Sale sale = inserted(shop, at(10));
        added(sale, 2, "20.00", at(20));
        CheckoutPlan plan = sale.planCheckout(Optional.empty(), List.of(new Tender(Money.of("50.00"),
                PaymentMethod.CASH, "till 1")), Optional.empty(), Optional.empty(), Optional.empty());
        Payment cash = payment("50.00", PaymentMethod.CASH, "till 1", at(30));
        sale.complete(plan, List.of(cash), receipt(1), at(30));

        run(() -> repo.updateCompleted(sale, List.of(cash), "Cashier Ama", null, null));
        SaleView view = read(shop, sale);

        assertThat(view.sale().status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(view.sale().state()).isEqualTo(sale.state());
        assertThat(view.sale().receiptNumber()).contains(receipt(1));
        assertThat(view.sale().payments()).containsExactly(cash);
        assertThat(view.sale().totals().changeGiven()).isEqualTo(Money.of("10.00"));
        assertThat(view.receipt().cashierName()).isEqualTo("Cashier Ama");
        assertThat(view.receipt().customerName()).isEqualTo(Customer.WALK_IN_NAME);
    }

    @Test
    void payments_recorded_later_are_added_after_the_checkout_payments() {
        Sale sale = inserted(shop, at(10));
        added(sale, 2, "20.00", at(20));
        CheckoutPlan plan = sale.planCheckout(Optional.of(PaymentType.MIXED), List.of(new Tender(Money.of("10.00"),
                PaymentMethod.CASH, "")), Optional.empty(), Optional.empty(), Optional.empty());
        Payment deposit = payment("10.00", PaymentMethod.CASH, "", at(30));
        sale.complete(plan, List.of(deposit), receipt(2), at(30));
        run(() -> repo.updateCompleted(sale, List.of(deposit), "Cashier Ama", null, null));
        assertThat(read(shop, sale).sale().status()).isEqualTo(SaleStatus.PARTIAL);

        Payment rest = payment("30.00", PaymentMethod.CARD, "card 4242", at(40));
        sale.recordPayment(rest, at(40));
        run(() -> {
            repo.insertPayments(sale, List.of(rest), null);
            repo.update(sale, sale.takeEvents());
        });

        Sale stored = read(shop, sale).sale();
        assertThat(stored.payments()).containsExactly(deposit, rest);
        assertThat(stored.status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(stored.amountDue()).isEqualTo(Money.ZERO);
        assertThat(stored.state()).isEqualTo(sale.state());
    }

    @Test
    void the_view_shows_the_hold_of_each_line_that_has_one() {
        fixture.stock(shop.business(), shop.storefront(), shop.product(), Quantity.of(10), start);
        Sale sale = inserted(shop, at(10));
        SaleLine held = added(sale, 2, "20.00", at(20));
        SaleLine unheld = added(sale, 1, "20.00", at(30));
        Reservation hold = holdOf(shop, sale.id(), held.id(), shop.product(), 2, at(20), at(620));
        assertThat(fixture.hold(shop.business(), hold)).isTrue();

        SaleView view = read(shop, sale);

        assertThat(view.reservationOf(held.id())).contains(hold);
        assertThat(view.reservationOf(unheld.id())).isEmpty();
    }

    // ---- locks and tenancy ------------------------------------------------------------------------------------

    @Test
    void lock_for_update_returns_the_same_view_as_find() {
        Sale sale = inserted(shop, at(10));
        added(sale, 2, "20.00", at(20));

        SaleView locked = tx(() -> repo.lockForUpdate(shop.business(), sale.id())).orElseThrow();

        assertThat(locked.sale().state()).isEqualTo(sale.state());
        assertLines(locked.sale().lines()).containsExactlyElementsOf(sale.lines());
        assertThat(locked.storefrontName()).isEqualTo(read(shop, sale).storefrontName());
    }

    @Test
    void lock_for_update_by_line_finds_the_sale_that_owns_the_line_and_nothing_once_the_line_is_gone() {
        Sale sale = inserted(shop, at(10));
        SaleLine line = added(sale, 2, "20.00", at(20));

        assertThat(tx(() -> repo.lockForUpdateByLine(shop.business(), line.id())))
                .hasValueSatisfying(v -> assertThat(v.sale().id()).isEqualTo(sale.id()));
        assertThat(tx(() -> repo.lockForUpdateByLine(shop.business(), SaleItemId.of(UUID.randomUUID())))).isEmpty();

        sale.removeLine(line.id(), at(30));
        run(() -> repo.update(sale, sale.takeEvents()));
        assertThat(tx(() -> repo.lockForUpdateByLine(shop.business(), line.id()))).isEmpty();
    }

    @Test
    void another_business_can_neither_find_nor_lock_the_sale_but_find_anywhere_names_its_business() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        Sale sale = inserted(shop, at(10));
        SaleLine line = added(sale, 1, "20.00", at(20));

        assertThat(tx(() -> repo.find(other.business(), sale.id()))).isEmpty();
        assertThat(tx(() -> repo.lockForUpdate(other.business(), sale.id()))).isEmpty();
        assertThat(tx(() -> repo.lockForUpdateByLine(other.business(), line.id()))).isEmpty();
        assertThat(list(all(other, SaleCriteria.none()), PageRequest.first()).items()).isEmpty();
        assertThat(tx(() -> repo.findAnywhere(sale.id())))
                .hasValueSatisfying(v -> assertThat(v.sale().businessId()).isEqualTo(shop.business()));
        assertThat(tx(() -> repo.findAnywhere(SaleId.of(UUID.randomUUID())))).isEmpty();
    }

    // ---- lists ------------------------------------------------------------------------------------------------

    @Test
    void the_list_is_newest_first_paged_and_counts_every_match() {
        Sale first = inserted(shop, at(10));
        Sale second = inserted(shop, at(20));
        Sale third = inserted(shop, at(30));

        Page<SaleView> all = list(all(shop, SaleCriteria.none()), PageRequest.first());
        Page<SaleView> page2 = list(all(shop, SaleCriteria.none()), new PageRequest(2, 2));
        Page<SaleView> page3 = list(all(shop, SaleCriteria.none()), new PageRequest(3, 2));

        assertThat(ids(all)).containsExactly(third.id(), second.id(), first.id());
        assertThat(all.total()).isEqualTo(3);
        assertThat(ids(page2)).containsExactly(first.id());
        assertThat(page2.total()).isEqualTo(3);
        assertThat(page3.items()).isEmpty();
        assertThat(page3.total()).isEqualTo(3);
    }

    @Test
    void the_list_shows_only_the_visible_storefronts_and_the_statuses_asked_for() {
        StorefrontId annex = fixture.newStorefront(shop.business(), "Annex", "ANNEX", start);
        Shop annexShop = new Shop(shop.business(), annex, shop.product(), shop.staff(), shop.walkIn());
        Sale main = inserted(shop, at(10));
        Sale side = inserted(annexShop, at(20));
        Sale cancelled = inserted(shop, at(30));
        cancelled.abandon(at(40));
        run(() -> repo.update(cancelled, cancelled.takeEvents()));

        Page<SaleView> mainOnly = list(new SaleFilter(shop.business(), Optional.of(Set.of(shop.storefront())),
                SaleCriteria.none()), PageRequest.first());
        Page<SaleView> none = list(new SaleFilter(shop.business(), Optional.of(Set.of()), SaleCriteria.none()),
                PageRequest.first());
        Page<SaleView> drafts = list(all(shop, SaleCriteria.none().withStatuses(List.of(SaleStatus.DRAFT))),
                PageRequest.first());

        assertThat(ids(mainOnly)).containsExactly(cancelled.id(), main.id());
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
        assertThat(ids(drafts)).containsExactly(side.id(), main.id());
    }

    @Test
    void the_list_searches_receipt_numbers_customer_names_and_the_products_on_the_lines() {
        Sale withLine = inserted(shop, at(10));
        added(withLine, 1, "20.00", at(11));
        Sale completed = inserted(shop, at(20));
        added(completed, 1, "20.00", at(21));
        CheckoutPlan plan = completed.planCheckout(Optional.empty(), List.of(new Tender(Money.of("20.00"),
                PaymentMethod.CASH, "")), Optional.empty(), Optional.empty(), Optional.empty());
        Payment cash = payment("20.00", PaymentMethod.CASH, "", at(22));
        completed.complete(plan, List.of(cash), receipt(7), at(22));
        run(() -> repo.updateCompleted(completed, List.of(cash), "Ama", null, null));
        Sale empty = inserted(shop, at(30));

        Page<SaleView> byProduct = list(all(shop, search("cola 33")), PageRequest.first());
        Page<SaleView> byReceipt = list(all(shop, search(receipt(7).value().toLowerCase())), PageRequest.first());
        Page<SaleView> byCustomer = list(all(shop, search("WALK-IN")), PageRequest.first());

        assertThat(ids(byProduct)).containsExactly(completed.id(), withLine.id());
        assertThat(ids(byReceipt)).containsExactly(completed.id());
        assertThat(ids(byCustomer)).containsExactly(empty.id(), completed.id(), withLine.id());
        assertThat(byProduct.items().get(1).sale().lines()).as("listed with their lines").hasSize(1);
    }

    private static SaleCriteria search(String text) {
        return SaleCriteria.basic(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(text));
    }

    @Test
    void stale_drafts_are_the_drafts_of_any_business_untouched_before_the_cutoff_least_recent_first() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        Sale oldest = inserted(shop, at(100));
        Sale theirs = inserted(other, at(150));
        Sale older = inserted(shop, at(200));
        Sale touched = inserted(shop, at(50));
        added(touched, 1, "20.00", at(2000));
        Sale cancelled = inserted(shop, at(60));
        cancelled.abandon(at(70));
        run(() -> repo.update(cancelled, cancelled.takeEvents()));
        inserted(shop, at(1000)); // exactly at the cutoff: not older than it

        List<SaleRef> stale = tx(() -> repo.lockStaleDrafts(at(1000), 10));
        List<SaleRef> two = tx(() -> repo.lockStaleDrafts(at(1000), 2));

        assertThat(stale).containsExactly(new SaleRef(shop.business(), oldest.id()),
                new SaleRef(other.business(), theirs.id()), new SaleRef(shop.business(), older.id()));
        assertThat(two).containsExactly(new SaleRef(shop.business(), oldest.id()),
                new SaleRef(other.business(), theirs.id()));
    }
}
