package io.salescore.domain.sale;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.DomainException;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.InvalidSaleStatusException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PaymentId;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.PreconditionFailedException;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sale aggregate against domain.md: lines and totals ("Money"), the draft-only verbs, checkout steps 1, 3, 4
 * and 6 (the parts that are domain), record_payment, abandon, customer and type changes, versions.
 */
class SaleTest {

    static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    static final Instant T1 = T0.plusSeconds(60);
    static final Instant T2 = T0.plusSeconds(120);
    static final Instant T3 = T0.plusSeconds(180);
    static final BusinessId BUSINESS = BusinessId.of(UUID.randomUUID());
    static final StorefrontId STOREFRONT = StorefrontId.of(UUID.randomUUID());
    static final UserId CASHIER = UserId.of(UUID.randomUUID());
    static final CustomerId WALK_IN = CustomerId.of(UUID.randomUUID());
    static final ReceiptNumber RECEIPT = ReceiptNumber.of("MAIN", LocalDate.of(2026, 11, 22), 1);

    // ---- fixtures ---------------------------------------------------------------------------------------

    static Sale draft() {
        return draft(PaymentType.CASH);
    }

    static Sale draft(PaymentType paymentType) {
        return Sale.open(SaleId.of(UUID.randomUUID()), BUSINESS, STOREFRONT, CASHIER, WALK_IN, SaleType.RETAIL,
                paymentType, null, T0);
    }

    /** A line with an explicit price (not from a batch). */
    static SaleLine add(Sale sale, String price, String quantity, String discount, String tax) {
        return add(sale, price, quantity, discount, tax, false);
    }

    static SaleLine addFromBatch(Sale sale, String price, String quantity) {
        return add(sale, price, quantity, "0", "0", true);
    }

    static SaleLine add(Sale sale, String price, String quantity, String discount, String tax, boolean fromBatch) {
        return addIn(sale, "pcs", price, quantity, discount, tax, fromBatch);
    }

    /** A line of a product counted in kilograms, so quantities may have decimals. */
    static SaleLine addKg(Sale sale, String price, String quantity, String discount, String tax) {
        return addIn(sale, "kg", price, quantity, discount, tax, false);
    }

    static SaleLine addIn(Sale sale, String unit, String price, String quantity, String discount, String tax,
                          boolean fromBatch) {
        return sale.addLine(SaleItemId.of(UUID.randomUUID()), ProductId.of(UUID.randomUUID()),
                StockProductId.of(UUID.randomUUID()), "Product", "SKU", unit, Quantity.of(quantity),
                Money.of(price), fromBatch, Percentage.of(discount), Percentage.of(tax), T1);
    }

    /** A draft with one line 3 × 20.00, 0 % discount, 15 % tax: total 69.00. */
    static Sale draftOf69() {
        return draftOf69(PaymentType.CASH);
    }

    static Sale draftOf69(PaymentType paymentType) {
        Sale sale = draft(paymentType);
        add(sale, "20.00", "3", "0", "15");
        return sale;
    }

    static Tender tender(PaymentMethod method, String amount) {
        return new Tender(Money.of(amount), method, null);
    }

    static Tender cash(String amount) {
        return tender(PaymentMethod.CASH, amount);
    }

    static CheckoutPlan plan(Sale sale, PaymentType type, Tender... tenders) {
        return sale.planCheckout(Optional.ofNullable(type), List.of(tenders), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    static List<Payment> recorded(List<Tender> tenders) {
        List<Payment> payments = new ArrayList<>();
        for (Tender t : tenders) {
            payments.add(new Payment(PaymentId.of(UUID.randomUUID()), t.amount(), t.method(), t.reference(), T2,
                    CASHIER));
        }
        return payments;
    }

    static CheckoutPlan checkout(Sale sale, PaymentType type, Tender... tenders) {
        CheckoutPlan plan = plan(sale, type, tenders);
        sale.complete(plan, recorded(plan.tenders()), RECEIPT, T2);
        return plan;
    }

    static Payment payment(PaymentMethod method, String amount) {
        return new Payment(PaymentId.of(UUID.randomUUID()), Money.of(amount), method, null, T3, CASHIER);
    }

    /** A sale of 69.00 brought to the given status through its verbs. */
    static Sale saleIn(SaleStatus status) {
        Sale sale = draftOf69();
        switch (status) {
            case DRAFT -> { }
            case COMPLETED -> checkout(sale, PaymentType.CASH, cash("69.00"));
            case PARTIAL -> checkout(sale, PaymentType.CASH, cash("30.00"));
            case PENDING -> checkout(sale, PaymentType.CREDIT);
            case REFUNDED -> {
                checkout(sale, PaymentType.CASH, cash("69.00"));
                io.salescore.domain.sale.refund.RefundPlan.Plan all =
                        io.salescore.domain.sale.refund.RefundPlan.full(sale.refundableLines());
                sale.applyRefund(all, Money.ZERO, all.amount(), false, T3);
            }
            case CANCELLED -> sale.abandon(T2);
        }
        assertThat(sale.status()).isEqualTo(status);
        return sale;
    }

    static Money m(String value) {
        return Money.of(value);
    }

    /** Everything observable about a sale, to prove a refused verb changed nothing. */
    record Snapshot(Sale.State state, List<SaleLine> lines, List<Payment> payments, SaleTotals totals) {
        static Snapshot of(Sale sale) {
            return new Snapshot(sale.state(), sale.lines(), sale.payments(), sale.totals());
        }
    }

    static void assertInvalidStatus(ThrowingCallable call, String message, SaleStatus current, String allowed) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidSaleStatusException.class, e -> {
            assertThat(e.code()).isEqualTo("INVALID_SALE_STATUS");
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.currentStatus()).isEqualTo(current.name());
            assertThat(e.extra()).containsEntry("current_status", current.name())
                    .containsEntry("allowed_status", allowed);
            assertThat(e.details()).containsEntry("current_status", current.name())
                    .containsEntry("allowed_status", allowed);
        });
    }

    static void assertRefusedWithoutChange(Sale sale, ThrowingCallable call, Class<? extends DomainException> type,
                                           String code) {
        Snapshot before = Snapshot.of(sale);
        assertThatThrownBy(call).isInstanceOf(type).extracting(e -> ((DomainException) e).code()).isEqualTo(code);
        assertThat(Snapshot.of(sale)).isEqualTo(before);
    }

    // ---- tests ------------------------------------------------------------------------------------------

    @Nested
    class Opening {

        @Test
        void a_new_sale_is_an_empty_draft_at_version_1() {
            Sale sale = draft();

            assertThat(sale.status()).isEqualTo(SaleStatus.DRAFT);
            assertThat(sale.version()).isEqualTo(1);
            assertThat(sale.lines()).isEmpty();
            assertThat(sale.payments()).isEmpty();
            assertThat(sale.notes()).isEmpty();
            assertThat(sale.receiptNumber()).isEmpty();
            assertThat(sale.completedAt()).isEmpty();
            assertThat(sale.createdAt()).isEqualTo(T0);
            assertThat(sale.updatedAt()).isEqualTo(T0);
            assertThat(sale.customerId()).isEqualTo(WALK_IN);
            assertThat(sale.type()).isEqualTo(SaleType.RETAIL);
            assertThat(sale.paymentType()).isEqualTo(PaymentType.CASH);
            assertThat(sale.businessId()).isEqualTo(BUSINESS);
            assertThat(sale.storefrontId()).isEqualTo(STOREFRONT);
            assertThat(sale.userId()).isEqualTo(CASHIER);
            assertThat(sale.totals()).isEqualTo(new SaleTotals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                    Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO));
        }

        @Test
        void a_restored_sale_is_the_one_stored() {
            Sale sale = saleIn(SaleStatus.PARTIAL);

            Sale restored = Sale.restore(sale.state(), sale.lines(), sale.payments());

            assertThat(Snapshot.of(restored)).isEqualTo(Snapshot.of(sale));
            assertThat(restored.receiptNumber()).contains(RECEIPT);
        }

        @Test
        void lines_and_payments_come_out_as_unmodifiable_copies() {
            Sale sale = saleIn(SaleStatus.COMPLETED);

            assertThatThrownBy(() -> sale.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> sale.payments().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThat(sale.lines()).hasSize(1);
            assertThat(sale.payments()).hasSize(1);
        }
    }

    @Nested
    class Lines {

        @Test
        void adding_an_item_always_creates_a_new_line_in_order() {
            Sale sale = draft();
            SaleLine first = add(sale, "20.00", "3", "0", "15");
            SaleLine second = sale.addLine(SaleItemId.of(UUID.randomUUID()), first.productId(),
                    first.stockProductId(), "Product", "SKU", "pcs", Quantity.of(3), Money.of("20.00"), false,
                    Percentage.ZERO, Percentage.of("15"), T1);

            assertThat(sale.lines()).containsExactly(first, second);
            assertThat(sale.linesById().keySet()).containsExactly(first.id(), second.id());
            assertThat(sale.line(second.id())).isEqualTo(second);
            assertThat(sale.totals().subtotal()).isEqualTo(m("138.00"));
        }

        @Test
        void a_new_line_keeps_its_terms_and_computes_its_amounts() {
            Sale sale = draft();

            SaleLine line = add(sale, "20.00", "3", "0", "15");

            assertThat(line.quantity()).isEqualTo(Quantity.of(3));
            assertThat(line.unitPrice()).isEqualTo(m("20.00"));
            assertThat(line.priceFromBatch()).isFalse();
            assertThat(line.discountAmount()).isEqualTo(Money.ZERO);
            assertThat(line.taxAmount()).isEqualTo(m("9.00"));
            assertThat(line.totalPrice()).isEqualTo(m("69.00"));
            assertThat(sale.updatedAt()).isEqualTo(T1);
        }

        @Test
        void a_sale_takes_at_most_200_lines() {
            Sale sale = draft();
            for (int i = 0; i < 200; i++) {
                add(sale, "1.00", "1", "0", "0");
            }
            assertThat(sale.lines()).hasSize(Sale.MAX_LINES).hasSize(200);

            assertRefusedWithoutChange(sale, () -> add(sale, "1.00", "1", "0", "0"), ValidationException.class,
                    "VALIDATION_ERROR");
            assertThat(sale.lines()).hasSize(200);
            assertThat(sale.version()).isEqualTo(201);
        }

        @Test
        void changing_the_quantity_recomputes_the_line_and_the_totals() {
            Sale sale = draft();
            SaleLine line = add(sale, "20.00", "3", "0", "15");

            Sale.LineChange change = sale.changeLine(line.id(), Optional.of(Quantity.of(5)), Optional.empty(),
                    Optional.empty(), Optional.empty(), T2);

            assertThat(change.quantityChanged()).isTrue();
            assertThat(change.before()).isEqualTo(line);
            assertThat(change.after().quantity()).isEqualTo(Quantity.of(5));
            assertThat(change.after().unitPrice()).isEqualTo(m("20.00"));
            assertThat(change.after().taxRate()).isEqualTo(Percentage.of("15"));
            assertThat(change.after().totalPrice()).isEqualTo(m("115.00"));
            assertThat(change.after().updatedAt()).isEqualTo(T2);
            assertThat(sale.line(line.id())).isEqualTo(change.after());
            assertThat(sale.totals().subtotal()).isEqualTo(m("115.00"));
            assertThat(sale.totals().itemsTaxAmount()).isEqualTo(m("15.00"));
        }

        @Test
        void changing_price_discount_and_tax_keeps_the_quantity() {
            Sale sale = draft();
            SaleLine line = add(sale, "20.00", "3", "0", "15");

            Sale.LineChange change = sale.changeLine(line.id(), Optional.empty(), Optional.of(m("10.00")),
                    Optional.of(Percentage.of("10")), Optional.of(Percentage.of("5")), T2);

            // gross 30.00; discount 3.00; base 27.00; tax 1.35; total 28.35
            assertThat(change.quantityChanged()).isFalse();
            assertThat(change.after().quantity()).isEqualTo(Quantity.of(3));
            assertThat(change.after().discountAmount()).isEqualTo(m("3.00"));
            assertThat(change.after().taxAmount()).isEqualTo(m("1.35"));
            assertThat(change.after().totalPrice()).isEqualTo(m("28.35"));
        }

        @Test
        void an_explicit_price_stops_following_the_batch() {
            Sale sale = draft();
            SaleLine line = addFromBatch(sale, "65.00", "1");

            SaleLine afterQuantity = sale.changeLine(line.id(), Optional.of(Quantity.of(2)), Optional.empty(),
                    Optional.empty(), Optional.empty(), T2).after();
            assertThat(afterQuantity.priceFromBatch()).as("a quantity change keeps the batch price").isTrue();

            SaleLine afterPrice = sale.changeLine(line.id(), Optional.empty(), Optional.of(m("60.00")),
                    Optional.empty(), Optional.empty(), T2).after();
            assertThat(afterPrice.priceFromBatch()).isFalse();
            assertThat(afterPrice.unitPrice()).isEqualTo(m("60.00"));
        }

        @Test
        void a_product_counted_in_pcs_takes_whole_quantities_only() {
            Sale sale = draft();

            assertRefusedWithoutChange(sale, () -> addIn(sale, "pcs", "2.00", "1.5", "0", "0", false),
                    ValidationException.class, "VALIDATION_ERROR");
            assertThatThrownBy(() -> addIn(sale, "pcs", "2.00", "0.25", "0", "0", false))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
                            .containsEntry("quantity", List.of("Must be a whole number for products counted in pcs.")));
            SaleLine whole = addIn(sale, "pcs", "2.00", "2.00", "0", "0", false);
            assertThat(whole.quantity()).isEqualTo(Quantity.of(2));
            assertThat(sale.lines()).containsExactly(whole);
        }

        @Test
        void a_pcs_line_cannot_be_changed_to_a_fraction() {
            Sale sale = draft();
            SaleLine line = addIn(sale, "pcs", "2.00", "2", "0", "0", false);

            assertRefusedWithoutChange(sale, () -> sale.changeLine(line.id(), Optional.of(Quantity.of("2.5")),
                    Optional.empty(), Optional.empty(), Optional.empty(), T2), ValidationException.class,
                    "VALIDATION_ERROR");
            assertThat(sale.changeLine(line.id(), Optional.of(Quantity.of("3.00")), Optional.empty(),
                    Optional.empty(), Optional.empty(), T2).after().quantity()).isEqualTo(Quantity.of(3));
        }

        @Test
        void other_units_take_two_decimals() {
            Sale sale = draft();

            SaleLine line = addKg(sale, "4.00", "1.25", "0", "0");
            sale.changeLine(line.id(), Optional.of(Quantity.of("0.75")), Optional.empty(), Optional.empty(),
                    Optional.empty(), T2);

            assertThat(sale.line(line.id()).quantity()).isEqualTo(Quantity.of("0.75"));
            assertThat(sale.totals().subtotal()).isEqualTo(m("3.00"));
        }

        @Test
        void pinning_a_batch_price_with_the_same_explicit_price_is_a_change() {
            Sale sale = draft();
            SaleLine line = addFromBatch(sale, "65.00", "1");
            long version = sale.version();

            Sale.LineChange change = sale.changeLine(line.id(), Optional.empty(), Optional.of(m("65.00")),
                    Optional.empty(), Optional.empty(), T2);

            assertThat(change.after().priceFromBatch()).as("no longer follows the sale type").isFalse();
            assertThat(change.after().totalPrice()).isEqualTo(change.before().totalPrice());
            assertThat(sale.version()).isEqualTo(version + 1);
        }

        @Test
        void removing_a_line_recomputes_the_totals() {
            Sale sale = draft();
            SaleLine kept = add(sale, "20.00", "3", "0", "15");
            SaleLine removed = add(sale, "5.00", "2", "0", "0");
            assertThat(sale.totals().subtotal()).isEqualTo(m("79.00"));

            SaleLine result = sale.removeLine(removed.id(), T2);

            assertThat(result).isEqualTo(removed);
            assertThat(sale.lines()).containsExactly(kept);
            assertThat(sale.totals().subtotal()).isEqualTo(m("69.00"));
            assertThat(sale.totals().totalAmount()).isEqualTo(m("69.00"));
            assertThat(sale.updatedAt()).isEqualTo(T2);
        }

        @Test
        void an_unknown_line_is_not_found() {
            Sale sale = draftOf69();
            SaleItemId unknown = SaleItemId.of(UUID.randomUUID());

            assertRefusedWithoutChange(sale, () -> sale.changeLine(unknown, Optional.of(Quantity.of(1)),
                    Optional.empty(), Optional.empty(), Optional.empty(), T2), NotFoundException.class, "NOT_FOUND");
            assertRefusedWithoutChange(sale, () -> sale.removeLine(unknown, T2), NotFoundException.class,
                    "NOT_FOUND");
            assertRefusedWithoutChange(sale, () -> sale.lineHoldChanged(unknown, T2), NotFoundException.class,
                    "NOT_FOUND");
            assertThatThrownBy(() -> sale.line(unknown)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void a_line_of_another_sale_is_not_found() {
            Sale sale = draftOf69();
            Sale other = draftOf69();
            SaleItemId foreign = other.lines().get(0).id();

            assertThatThrownBy(() -> sale.removeLine(foreign, T2)).isInstanceOf(NotFoundException.class);
            assertThat(other.lines()).hasSize(1);
        }

        @Test
        void a_sum_beyond_the_money_range_is_refused_and_changes_nothing() {
            Sale sale = draft();
            SaleLine big = add(sale, "9999999999.99", "1", "0", "0");

            assertRefusedWithoutChange(sale, () -> add(sale, "0.01", "1", "0", "0"), ValidationException.class,
                    "VALIDATION_ERROR");
            assertThat(sale.lines()).containsExactly(big);
        }

        @Test
        void a_line_change_beyond_the_money_range_is_refused_and_changes_nothing() {
            Sale sale = draft();
            add(sale, "5000000000.00", "1", "0", "0");
            SaleLine second = add(sale, "4999999999.99", "1", "0", "0");

            assertRefusedWithoutChange(sale, () -> sale.changeLine(second.id(), Optional.of(Quantity.of(2)),
                    Optional.empty(), Optional.empty(), Optional.empty(), T2), ValidationException.class,
                    "VALIDATION_ERROR");
            assertThat(sale.line(second.id()).quantity()).isEqualTo(Quantity.of(1));
        }
    }

    @Nested
    class Totals {

        @Test
        void the_example_of_domain_md() {
            Sale sale = draftOf69();

            SaleTotals totals = sale.totals();

            assertThat(totals.subtotal()).isEqualTo(m("69.00"));
            assertThat(totals.itemsDiscountAmount()).isEqualTo(Money.ZERO);
            assertThat(totals.itemsTaxAmount()).isEqualTo(m("9.00"));
            assertThat(totals.discountAmount()).isEqualTo(Money.ZERO);
            assertThat(totals.taxAmount()).isEqualTo(Money.ZERO);
            assertThat(totals.totalAmount()).isEqualTo(m("69.00"));
            assertThat(totals.amountPaid()).isEqualTo(Money.ZERO);
            assertThat(totals.amountDue()).isEqualTo(m("69.00"));
            assertThat(totals.changeGiven()).isEqualTo(Money.ZERO);
            assertThat(sale.amountDue()).isEqualTo(m("69.00"));
        }

        @Test
        void subtotal_sums_line_totals_and_the_items_sums_sum_the_lines() {
            Sale sale = draft();
            add(sale, "20.00", "3", "0", "15");    // discount 0.00, tax 9.00, total 69.00
            add(sale, "2.45", "1", "10", "7.5");   // discount 0.25, tax 0.17, total 2.37
            addKg(sale, "1.15", "1.5", "10", "5");   // discount 0.17, tax 0.08, total 1.64
            sale.update(Optional.of(m("3.01")), Optional.of(m("1.50")), Optional.empty(), Optional.empty(), T2);

            SaleTotals totals = sale.totals();

            assertThat(totals.subtotal()).isEqualTo(m("73.01"));
            assertThat(totals.itemsDiscountAmount()).isEqualTo(m("0.42"));
            assertThat(totals.itemsTaxAmount()).isEqualTo(m("9.25"));
            assertThat(totals.discountAmount()).as("sale-level only").isEqualTo(m("3.01"));
            assertThat(totals.taxAmount()).as("sale-level only").isEqualTo(m("1.50"));
            // total = subtotal − discount + tax = 73.01 − 3.01 + 1.50
            assertThat(totals.totalAmount()).isEqualTo(m("71.50"));
            assertThat(totals.amountDue()).isEqualTo(m("71.50"));
        }

        @Test
        void amount_due_and_change_given_after_an_overpaid_checkout() {
            Sale sale = draft();
            add(sale, "20.00", "3", "0", "15");
            add(sale, "2.45", "1", "10", "7.5");
            addKg(sale, "1.15", "1.5", "10", "5");
            sale.update(Optional.of(m("3.01")), Optional.of(m("1.50")), Optional.empty(), Optional.empty(), T2);

            checkout(sale, PaymentType.CASH, cash("80.00"));

            SaleTotals totals = sale.totals();
            assertThat(totals.totalAmount()).isEqualTo(m("71.50"));
            assertThat(totals.amountPaid()).isEqualTo(m("80.00"));
            assertThat(totals.amountDue()).isEqualTo(Money.ZERO);
            assertThat(totals.changeGiven()).isEqualTo(m("8.50"));
        }

        @Test
        void amount_due_is_what_remains_after_a_part_payment() {
            Sale sale = saleIn(SaleStatus.PARTIAL);

            assertThat(sale.totals().amountPaid()).isEqualTo(m("30.00"));
            assertThat(sale.totals().amountDue()).isEqualTo(m("39.00"));
            assertThat(sale.totals().changeGiven()).isEqualTo(Money.ZERO);
        }

        @Test
        void totals_follow_every_line_change() {
            Sale sale = draft();
            SaleLine a = add(sale, "20.00", "3", "0", "15");
            SaleLine b = addKg(sale, "0.35", "3", "33.33", "7.5");
            assertThat(sale.totals().subtotal()).isEqualTo(m("69.75"));
            assertThat(sale.totals().itemsDiscountAmount()).isEqualTo(m("0.35"));
            assertThat(sale.totals().itemsTaxAmount()).isEqualTo(m("9.05"));

            sale.changeLine(b.id(), Optional.of(Quantity.of("1.5")), Optional.empty(), Optional.empty(),
                    Optional.empty(), T2);
            // b: gross 0.53, discount 0.18, tax 0.03, total 0.38
            assertThat(sale.totals().subtotal()).isEqualTo(m("69.38"));
            assertThat(sale.totals().itemsDiscountAmount()).isEqualTo(m("0.18"));
            assertThat(sale.totals().itemsTaxAmount()).isEqualTo(m("9.03"));

            sale.removeLine(a.id(), T2);
            assertThat(sale.totals().subtotal()).isEqualTo(m("0.38"));
            assertThat(sale.totals().totalAmount()).isEqualTo(m("0.38"));
        }
    }

    @Nested
    class SaleFields {

        @Test
        void discount_tax_notes_and_payment_type_change_on_a_draft() {
            Sale sale = draftOf69();
            long version = sale.version();

            boolean changed = sale.update(Optional.of(m("9.00")), Optional.of(m("2.50")), Optional.of("VIP"),
                    Optional.of(PaymentType.CARD), T2);

            assertThat(changed).isTrue();
            assertThat(sale.totals().discountAmount()).isEqualTo(m("9.00"));
            assertThat(sale.totals().taxAmount()).isEqualTo(m("2.50"));
            assertThat(sale.totals().totalAmount()).isEqualTo(m("62.50"));
            assertThat(sale.notes()).isEqualTo("VIP");
            assertThat(sale.paymentType()).isEqualTo(PaymentType.CARD);
            assertThat(sale.version()).isEqualTo(version + 1);
            assertThat(sale.updatedAt()).isEqualTo(T2);
        }

        @Test
        void absent_fields_stay() {
            Sale sale = draftOf69();
            sale.update(Optional.of(m("9.00")), Optional.of(m("2.50")), Optional.of("VIP"),
                    Optional.of(PaymentType.CARD), T2);

            sale.update(Optional.empty(), Optional.empty(), Optional.of("VIP customer"), Optional.empty(), T3);

            assertThat(sale.totals().discountAmount()).isEqualTo(m("9.00"));
            assertThat(sale.totals().taxAmount()).isEqualTo(m("2.50"));
            assertThat(sale.paymentType()).isEqualTo(PaymentType.CARD);
            assertThat(sale.notes()).isEqualTo("VIP customer");
        }

        @Test
        void identical_values_are_a_no_op() {
            Sale sale = draftOf69();
            sale.update(Optional.of(m("9.00")), Optional.of(m("2.50")), Optional.of("VIP"),
                    Optional.of(PaymentType.CARD), T2);
            Snapshot before = Snapshot.of(sale);

            boolean changed = sale.update(Optional.of(m("9")), Optional.of(m("2.5")), Optional.of("VIP"),
                    Optional.of(PaymentType.CARD), T3);
            boolean nothing = sale.update(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), T3);

            assertThat(changed).isFalse();
            assertThat(nothing).isFalse();
            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }

        @Test
        void a_discount_above_the_subtotal_is_refused() {
            Sale sale = draftOf69();

            assertRefusedWithoutChange(sale, () -> sale.update(Optional.of(m("69.01")), Optional.empty(),
                    Optional.empty(), Optional.empty(), T2), ValidationException.class, "VALIDATION_ERROR");
            assertThatThrownBy(() -> sale.update(Optional.of(m("69.01")), Optional.empty(), Optional.empty(),
                    Optional.empty(), T2))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.details()).containsKey("discount_amount"));
        }

        @Test
        void a_discount_on_an_empty_sale_is_refused() {
            Sale sale = draft();

            assertRefusedWithoutChange(sale, () -> sale.update(Optional.of(m("0.01")), Optional.empty(),
                    Optional.empty(), Optional.empty(), T2), ValidationException.class, "VALIDATION_ERROR");
        }

        @Test
        void a_discount_equal_to_the_subtotal_leaves_only_the_sale_tax() {
            Sale sale = draftOf69();

            sale.update(Optional.of(m("69.00")), Optional.of(m("1.00")), Optional.empty(), Optional.empty(), T2);

            assertThat(sale.totals().totalAmount()).isEqualTo(m("1.00"));
        }

        @Test
        void a_sale_tax_beyond_the_money_range_is_refused_and_changes_nothing() {
            Sale sale = draft();
            add(sale, "9999999999.99", "1", "0", "0");

            assertRefusedWithoutChange(sale, () -> sale.update(Optional.empty(), Optional.of(m("0.01")),
                    Optional.of("changed"), Optional.empty(), T2), ValidationException.class, "VALIDATION_ERROR");
            assertThat(sale.notes()).isEmpty();
        }
    }

    @Nested
    class Customer {

        @Test
        void another_customer_is_put_on_the_draft() {
            Sale sale = draftOf69();
            long version = sale.version();
            CustomerId fred = CustomerId.of(UUID.randomUUID());

            boolean changed = sale.changeCustomer(fred, T2);

            assertThat(changed).isTrue();
            assertThat(sale.customerId()).isEqualTo(fred);
            assertThat(sale.version()).isEqualTo(version + 1);
            assertThat(sale.updatedAt()).isEqualTo(T2);
            assertThat(sale.type()).as("the sale type does not follow the customer").isEqualTo(SaleType.RETAIL);
        }

        @Test
        void the_customer_already_there_changes_nothing() {
            Sale sale = draftOf69();
            Snapshot before = Snapshot.of(sale);

            boolean changed = sale.changeCustomer(WALK_IN, T2);

            assertThat(changed).isFalse();
            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }
    }

    @Nested
    class SaleTypeToggle {

        @Test
        void re_prices_only_the_lines_priced_from_a_batch() {
            Sale sale = draft();
            SaleLine fromBatch = addFromBatch(sale, "65.00", "2");
            SaleLine explicit = add(sale, "50.00", "1", "0", "0");
            long version = sale.version();

            List<Sale.Repricing> repriced = sale.changeType(SaleType.WHOLESALE,
                    Map.of(fromBatch.id(), m("60.00"), explicit.id(), m("45.00")), T2);

            assertThat(repriced).containsExactly(
                    new Sale.Repricing(fromBatch.id(), "Product", m("65.00"), m("60.00")));
            assertThat(sale.type()).isEqualTo(SaleType.WHOLESALE);
            assertThat(sale.line(fromBatch.id()).unitPrice()).isEqualTo(m("60.00"));
            assertThat(sale.line(fromBatch.id()).priceFromBatch()).isTrue();
            assertThat(sale.line(fromBatch.id()).totalPrice()).isEqualTo(m("120.00"));
            assertThat(sale.line(explicit.id()).unitPrice()).isEqualTo(m("50.00"));
            assertThat(sale.totals().subtotal()).isEqualTo(m("170.00"));
            assertThat(sale.version()).isEqualTo(version + 1);
        }

        @Test
        void a_batch_line_without_a_price_for_the_new_type_keeps_its_price() {
            Sale sale = draft();
            SaleLine fromBatch = addFromBatch(sale, "65.00", "1");

            List<Sale.Repricing> repriced = sale.changeType(SaleType.WHOLESALE, Map.of(), T2);

            assertThat(repriced).isEmpty();
            assertThat(sale.type()).isEqualTo(SaleType.WHOLESALE);
            assertThat(sale.line(fromBatch.id()).unitPrice()).isEqualTo(m("65.00"));
        }

        @Test
        void a_line_given_an_explicit_price_is_no_longer_re_priced() {
            Sale sale = draft();
            SaleLine line = addFromBatch(sale, "65.00", "1");
            sale.changeLine(line.id(), Optional.empty(), Optional.of(m("62.00")), Optional.empty(), Optional.empty(),
                    T2);

            List<Sale.Repricing> repriced = sale.changeType(SaleType.WHOLESALE, Map.of(line.id(), m("60.00")), T3);

            assertThat(repriced).isEmpty();
            assertThat(sale.line(line.id()).unitPrice()).isEqualTo(m("62.00"));
        }

        @Test
        void toggling_back_re_prices_again() {
            Sale sale = draft();
            SaleLine line = addFromBatch(sale, "65.00", "1");
            sale.changeType(SaleType.WHOLESALE, Map.of(line.id(), m("60.00")), T2);

            List<Sale.Repricing> repriced = sale.changeType(SaleType.RETAIL, Map.of(line.id(), m("65.00")), T3);

            assertThat(repriced).extracting(Sale.Repricing::oldPrice, Sale.Repricing::newPrice)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(m("60.00"), m("65.00")));
            assertThat(sale.type()).isEqualTo(SaleType.RETAIL);
        }

        @Test
        void the_same_type_changes_nothing() {
            Sale sale = draft();
            SaleLine line = addFromBatch(sale, "65.00", "1");
            Snapshot before = Snapshot.of(sale);

            List<Sale.Repricing> repriced = sale.changeType(SaleType.RETAIL, Map.of(line.id(), m("1.00")), T2);

            assertThat(repriced).isEmpty();
            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }

        @Test
        void a_re_pricing_beyond_the_money_range_is_refused_and_changes_nothing() {
            Sale sale = draft();
            SaleLine line = addFromBatch(sale, "1.00", "2");

            assertRefusedWithoutChange(sale, () -> sale.changeType(SaleType.WHOLESALE,
                    Map.of(line.id(), m("9999999999.99")), T2), ValidationException.class, "VALIDATION_ERROR");
            assertThat(sale.type()).isEqualTo(SaleType.RETAIL);
        }
    }

    @Nested
    class Checkout {

        @Test
        void an_empty_sale_cannot_be_completed() {
            Sale sale = draft();

            assertRefusedWithoutChange(sale, () -> plan(sale, PaymentType.CASH, cash("1.00")),
                    BusinessRuleException.class, "EMPTY_SALE");
            assertRefusedWithoutChange(sale, sale::requireCheckoutable, BusinessRuleException.class, "EMPTY_SALE");
        }

        @Test
        void the_status_is_checked_before_the_lines() {
            Sale sale = draftOf69();
            Sale.State state = sale.state();
            Sale completedWithoutLines = Sale.restore(new Sale.State(state.id(), state.businessId(),
                    state.storefrontId(), state.userId(), state.customerId(), state.type(), SaleStatus.COMPLETED,
                    state.paymentType(), Money.ZERO, Money.ZERO, "", 5, RECEIPT, Money.ZERO, Money.ZERO,
                    T0, T0, T0), List.of(), List.of());

            assertInvalidStatus(() -> plan(completedWithoutLines, PaymentType.CASH),
                    "Only draft sales can be completed", SaleStatus.COMPLETED, "DRAFT");
        }

        @Test
        void paid_in_full_in_cash_is_completed() {
            Sale sale = draftOf69();

            CheckoutPlan plan = plan(sale, PaymentType.CASH, cash("69.00"));

            assertThat(plan.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(plan.paymentType()).isEqualTo(PaymentType.CASH);
            assertThat(plan.amountPaid()).isEqualTo(m("69.00"));
            assertThat(plan.changeGiven()).isEqualTo(Money.ZERO);
            assertThat(plan.creditDue()).isEqualTo(Money.ZERO);
            assertThat(plan.needsCredit()).isFalse();
        }

        @Test
        void amount_paid_is_the_sum_tendered() {
            Sale sale = draftOf69(PaymentType.MOBILE);

            CheckoutPlan plan = plan(sale, null, tender(PaymentMethod.MOBILE, "40.00"),
                    tender(PaymentMethod.MOBILE, "29.00"));

            assertThat(plan.amountPaid()).isEqualTo(m("69.00"));
            assertThat(plan.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(plan.tenders()).hasSize(2);
        }

        static Stream<Arguments> singleMethodTypesWithAWrongMethod() {
            List<Arguments> cases = new ArrayList<>();
            for (PaymentType type : List.of(PaymentType.CASH, PaymentType.CARD, PaymentType.MOBILE)) {
                for (PaymentMethod method : PaymentMethod.values()) {
                    if (type.requiredMethod().orElseThrow() != method) {
                        cases.add(Arguments.of(type, method));
                    }
                }
            }
            return cases.stream();
        }

        @ParameterizedTest(name = "{0} sale refuses a {1} payment")
        @MethodSource("singleMethodTypesWithAWrongMethod")
        void cash_card_and_mobile_sales_take_only_their_own_method(PaymentType type, PaymentMethod wrong) {
            Sale sale = draftOf69();
            PaymentMethod right = type.requiredMethod().orElseThrow();

            assertRefusedWithoutChange(sale, () -> plan(sale, type, tender(right, "60.00"), tender(wrong, "9.00")),
                    ValidationException.class, "VALIDATION_ERROR");
            assertThatThrownBy(() -> plan(sale, type, tender(wrong, "69.00")))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.details()).containsKey("payments"));
        }

        @ParameterizedTest
        @EnumSource(value = PaymentType.class, names = {"CASH", "CARD", "MOBILE"})
        void cash_card_and_mobile_sales_accept_their_own_method(PaymentType type) {
            Sale sale = draftOf69();
            PaymentMethod method = type.requiredMethod().orElseThrow();

            CheckoutPlan plan = plan(sale, type, tender(method, "60.00"), tender(method, "9.00"));

            assertThat(plan.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(plan.paymentType()).isEqualTo(type);
        }

        @Test
        void the_method_is_checked_before_overpayment() {
            Sale sale = draftOf69();

            assertThatThrownBy(() -> plan(sale, PaymentType.CASH, tender(PaymentMethod.CARD, "100.00")))
                    .isInstanceOf(ValidationException.class);
        }

        @Test
        void a_mixed_sale_takes_any_methods() {
            Sale sale = draftOf69();

            CheckoutPlan plan = plan(sale, PaymentType.MIXED, cash("10.00"), tender(PaymentMethod.CARD, "20.00"),
                    tender(PaymentMethod.MOBILE, "30.00"), tender(PaymentMethod.BANK_TRANSFER, "5.00"),
                    tender(PaymentMethod.OTHER, "4.00"));

            assertThat(plan.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(plan.amountPaid()).isEqualTo(m("69.00"));
        }

        @ParameterizedTest
        @EnumSource(value = PaymentType.class, names = {"CASH", "CARD", "MOBILE", "MIXED"})
        void a_non_credit_sale_needs_a_payment(PaymentType type) {
            Sale sale = draftOf69();

            assertRefusedWithoutChange(sale, () -> plan(sale, type), BusinessRuleException.class,
                    "PAYMENT_REQUIRED");
        }

        @ParameterizedTest
        @EnumSource(PaymentType.class)
        void a_total_of_zero_needs_no_payment(PaymentType type) {
            Sale sale = draft();
            add(sale, "0.00", "2", "0", "15");

            CheckoutPlan plan = plan(sale, type);

            assertThat(plan.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(plan.amountPaid()).isEqualTo(Money.ZERO);
            assertThat(plan.creditDue()).isEqualTo(Money.ZERO);
        }

        @Test
        void a_total_brought_to_zero_by_discounts_needs_no_payment() {
            Sale fullyDiscountedLine = draft();
            add(fullyDiscountedLine, "20.00", "3", "100", "15");
            assertThat(plan(fullyDiscountedLine, PaymentType.CARD).status()).isEqualTo(SaleStatus.COMPLETED);

            Sale fullyDiscountedSale = draftOf69();
            CheckoutPlan plan = fullyDiscountedSale.planCheckout(Optional.of(PaymentType.CARD), List.of(),
                    Optional.of(m("69.00")), Optional.empty(), Optional.empty());
            assertThat(plan.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(plan.discountAmount()).isEqualTo(m("69.00"));
        }

        @Test
        void a_credit_sale_with_no_payment_is_pending_and_all_of_it_is_credit() {
            Sale sale = draftOf69();

            CheckoutPlan plan = plan(sale, PaymentType.CREDIT);

            assertThat(plan.status()).isEqualTo(SaleStatus.PENDING);
            assertThat(plan.amountPaid()).isEqualTo(Money.ZERO);
            assertThat(plan.creditDue()).isEqualTo(m("69.00"));
            assertThat(plan.needsCredit()).isTrue();
        }

        @Test
        void a_credit_sale_with_a_deposit_in_any_method_is_part_paid() {
            Sale sale = draftOf69();

            CheckoutPlan plan = plan(sale, PaymentType.CREDIT, tender(PaymentMethod.BANK_TRANSFER, "20.00"));

            assertThat(plan.status()).isEqualTo(SaleStatus.PARTIAL);
            assertThat(plan.amountPaid()).isEqualTo(m("20.00"));
            assertThat(plan.creditDue()).isEqualTo(m("49.00"));
        }

        @Test
        void a_credit_sale_paid_in_full_is_completed() {
            Sale sale = draftOf69();

            CheckoutPlan plan = plan(sale, PaymentType.CREDIT, tender(PaymentMethod.CARD, "69.00"));

            assertThat(plan.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(plan.needsCredit()).isFalse();
        }

        @Test
        void something_paid_and_something_due_is_part_paid() {
            Sale sale = draftOf69();

            CheckoutPlan plan = plan(sale, PaymentType.CASH, cash("30.00"));

            assertThat(plan.status()).isEqualTo(SaleStatus.PARTIAL);
            assertThat(plan.creditDue()).isEqualTo(m("39.00"));
            assertThat(plan.changeGiven()).isEqualTo(Money.ZERO);
        }

        @Test
        void cash_may_be_overpaid_and_the_excess_is_change() {
            Sale sale = draftOf69();

            CheckoutPlan plan = plan(sale, PaymentType.CASH, cash("100.00"));

            assertThat(plan.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(plan.amountPaid()).isEqualTo(m("100.00"));
            assertThat(plan.changeGiven()).isEqualTo(m("31.00"));
            assertThat(plan.creditDue()).isEqualTo(Money.ZERO);
        }

        @Test
        void a_mixed_overpayment_is_allowed_while_the_excess_is_within_the_cash() {
            Sale sale = draftOf69();

            CheckoutPlan within = plan(sale, PaymentType.MIXED, tender(PaymentMethod.CARD, "60.00"), cash("20.00"));
            CheckoutPlan exactly = plan(sale, PaymentType.MIXED, tender(PaymentMethod.CARD, "69.00"), cash("10.00"));

            assertThat(within.changeGiven()).isEqualTo(m("11.00"));
            assertThat(exactly.changeGiven()).isEqualTo(m("10.00"));
            assertThat(exactly.status()).isEqualTo(SaleStatus.COMPLETED);
        }

        @Test
        void an_excess_beyond_the_cash_is_refused() {
            Sale sale = draftOf69();

            assertRefusedWithoutChange(sale, () -> plan(sale, PaymentType.MIXED, tender(PaymentMethod.CARD, "70.00"),
                    cash("5.00")), BusinessRuleException.class, "OVERPAYMENT_NOT_ALLOWED");
            assertThatThrownBy(() -> plan(sale, PaymentType.MIXED, tender(PaymentMethod.CARD, "70.00"), cash("5.00")))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.details())
                            .containsEntry("total_amount", "69.00").containsEntry("amount_paid", "75.00"));
        }

        @Test
        void non_cash_methods_cannot_be_overpaid() {
            Sale sale = draftOf69();

            assertRefusedWithoutChange(sale, () -> plan(sale, PaymentType.CARD, tender(PaymentMethod.CARD, "69.01")),
                    BusinessRuleException.class, "OVERPAYMENT_NOT_ALLOWED");
            assertRefusedWithoutChange(sale, () -> plan(sale, PaymentType.MOBILE,
                    tender(PaymentMethod.MOBILE, "70.00")), BusinessRuleException.class, "OVERPAYMENT_NOT_ALLOWED");
            assertRefusedWithoutChange(sale, () -> plan(sale, PaymentType.MIXED,
                    tender(PaymentMethod.BANK_TRANSFER, "70.00")), BusinessRuleException.class,
                    "OVERPAYMENT_NOT_ALLOWED");
            assertRefusedWithoutChange(sale, () -> plan(sale, PaymentType.CREDIT,
                    tender(PaymentMethod.OTHER, "70.00")), BusinessRuleException.class, "OVERPAYMENT_NOT_ALLOWED");
        }

        @Test
        void a_credit_sale_overpaid_in_cash_gives_change() {
            Sale sale = draftOf69();

            CheckoutPlan plan = plan(sale, PaymentType.CREDIT, cash("70.00"));

            assertThat(plan.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(plan.changeGiven()).isEqualTo(m("1.00"));
        }

        @Test
        void an_absent_payment_type_is_the_sales_own() {
            Sale sale = draftOf69(PaymentType.CARD);

            assertThatThrownBy(() -> plan(sale, null, cash("69.00"))).isInstanceOf(ValidationException.class);
            CheckoutPlan plan = plan(sale, null, tender(PaymentMethod.CARD, "69.00"));
            assertThat(plan.paymentType()).isEqualTo(PaymentType.CARD);
        }

        @Test
        void a_given_payment_type_replaces_the_sales_own() {
            Sale sale = draftOf69(PaymentType.CASH);

            CheckoutPlan plan = plan(sale, PaymentType.CARD, tender(PaymentMethod.CARD, "69.00"));

            assertThat(plan.paymentType()).isEqualTo(PaymentType.CARD);
        }

        @Test
        void a_checkout_discount_above_the_subtotal_is_refused() {
            Sale sale = draftOf69();

            assertRefusedWithoutChange(sale, () -> sale.planCheckout(Optional.of(PaymentType.CASH),
                    List.of(cash("1.00")), Optional.of(m("69.01")), Optional.empty(), Optional.empty()),
                    ValidationException.class, "VALIDATION_ERROR");
        }

        @Test
        void checkout_amounts_and_notes_replace_the_drafts() {
            Sale sale = draftOf69();
            sale.update(Optional.of(m("5.00")), Optional.of(m("1.00")), Optional.of("draft note"), Optional.empty(),
                    T1);

            // total = 69.00 − 9.00 + 3.00 = 63.00
            CheckoutPlan plan = sale.planCheckout(Optional.of(PaymentType.CASH), List.of(cash("63.00")),
                    Optional.of(m("9.00")), Optional.of(m("3.00")), Optional.of("paid at till"));
            sale.complete(plan, recorded(plan.tenders()), RECEIPT, T2);

            assertThat(plan.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(sale.totals().discountAmount()).isEqualTo(m("9.00"));
            assertThat(sale.totals().taxAmount()).isEqualTo(m("3.00"));
            assertThat(sale.totals().totalAmount()).isEqualTo(m("63.00"));
            assertThat(sale.totals().amountDue()).isEqualTo(Money.ZERO);
            assertThat(sale.notes()).isEqualTo("paid at till");
        }

        @Test
        void absent_checkout_amounts_keep_the_drafts() {
            Sale sale = draftOf69();
            sale.update(Optional.of(m("4.00")), Optional.of(m("1.00")), Optional.of("note"), Optional.empty(), T1);

            CheckoutPlan plan = plan(sale, PaymentType.CASH, cash("66.00"));
            sale.complete(plan, recorded(plan.tenders()), RECEIPT, T2);

            assertThat(plan.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(sale.totals().totalAmount()).isEqualTo(m("66.00"));
            assertThat(sale.notes()).isEqualTo("note");
        }

        @Test
        void planning_changes_nothing_on_the_sale() {
            Sale sale = draftOf69();
            Snapshot before = Snapshot.of(sale);

            sale.planCheckout(Optional.of(PaymentType.MIXED), List.of(cash("70.00")), Optional.of(m("9.00")),
                    Optional.of(m("3.00")), Optional.of("changed"));

            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }

        @Test
        void a_refused_checkout_leaves_the_draft_as_it_was() {
            Sale sale = draftOf69();
            Snapshot before = Snapshot.of(sale);

            assertThatThrownBy(() -> sale.planCheckout(Optional.of(PaymentType.CARD), List.of(),
                    Optional.of(m("9.00")), Optional.of(m("3.00")), Optional.of("changed")))
                    .isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> sale.planCheckout(Optional.of(PaymentType.CARD),
                    List.of(tender(PaymentMethod.CARD, "99.00")), Optional.of(m("9.00")), Optional.of(m("3.00")),
                    Optional.of("changed")))
                    .isInstanceOf(BusinessRuleException.class);

            assertThat(Snapshot.of(sale)).isEqualTo(before);
            assertThat(sale.paymentType()).isEqualTo(PaymentType.CASH);
            assertThat(sale.notes()).isEmpty();
        }
    }

    @Nested
    class Complete {

        @Test
        void records_the_outcome_payments_and_receipt() {
            Sale sale = draftOf69();
            long version = sale.version();
            CheckoutPlan plan = plan(sale, PaymentType.MIXED, tender(PaymentMethod.CARD, "60.00"), cash("20.00"));
            List<Payment> payments = recorded(plan.tenders());

            sale.complete(plan, payments, RECEIPT, T2);

            assertThat(sale.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(sale.paymentType()).isEqualTo(PaymentType.MIXED);
            assertThat(sale.payments()).containsExactlyElementsOf(payments);
            assertThat(sale.totals().amountPaid()).isEqualTo(m("80.00"));
            assertThat(sale.totals().changeGiven()).isEqualTo(m("11.00"));
            assertThat(sale.totals().amountDue()).isEqualTo(Money.ZERO);
            assertThat(sale.receiptNumber()).contains(RECEIPT);
            assertThat(sale.completedAt()).contains(T2);
            assertThat(sale.updatedAt()).isEqualTo(T2);
            assertThat(sale.version()).isEqualTo(version + 1);
        }

        @Test
        void a_pending_sale_owes_its_credit() {
            Sale sale = draftOf69();

            CheckoutPlan plan = checkout(sale, PaymentType.CREDIT, tender(PaymentMethod.MOBILE, "20.00"));

            assertThat(sale.status()).isEqualTo(SaleStatus.PARTIAL);
            assertThat(sale.amountDue()).isEqualTo(plan.creditDue()).isEqualTo(m("49.00"));
            assertThat(sale.totals().amountPaid()).isEqualTo(m("20.00"));
        }

        @Test
        void a_sale_completes_only_once() {
            Sale sale = draftOf69();
            CheckoutPlan plan = plan(sale, PaymentType.CASH, cash("69.00"));
            sale.complete(plan, recorded(plan.tenders()), RECEIPT, T2);
            Snapshot afterFirst = Snapshot.of(sale);

            assertInvalidStatus(() -> sale.complete(plan, recorded(plan.tenders()), RECEIPT, T3),
                    "Only draft sales can be completed", SaleStatus.COMPLETED, "DRAFT");
            assertThat(Snapshot.of(sale)).isEqualTo(afterFirst);
            assertThat(sale.payments()).hasSize(1);
        }

        @Test
        void an_empty_sale_is_never_completed() {
            Sale withLine = draftOf69();
            CheckoutPlan plan = plan(withLine, PaymentType.CASH, cash("69.00"));
            Sale empty = draft();

            assertRefusedWithoutChange(empty, () -> empty.complete(plan, List.of(), RECEIPT, T2),
                    BusinessRuleException.class, "EMPTY_SALE");
        }
    }

    @Nested
    class RecordPayment {

        @Test
        void pending_then_part_paid_then_completed() {
            Sale sale = saleIn(SaleStatus.PENDING);
            long version = sale.version();
            Payment first = payment(PaymentMethod.CASH, "20.00");
            Payment rest = payment(PaymentMethod.CARD, "49.00");

            sale.recordPayment(first, T3);
            assertThat(sale.status()).isEqualTo(SaleStatus.PARTIAL);
            assertThat(sale.totals().amountPaid()).isEqualTo(m("20.00"));
            assertThat(sale.amountDue()).isEqualTo(m("49.00"));
            assertThat(sale.version()).isEqualTo(version + 1);

            sale.recordPayment(rest, T3);
            assertThat(sale.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(sale.totals().amountPaid()).isEqualTo(m("69.00"));
            assertThat(sale.amountDue()).isEqualTo(Money.ZERO);
            assertThat(sale.payments()).containsExactly(first, rest);
            assertThat(sale.version()).isEqualTo(version + 2);
            assertThat(sale.updatedAt()).isEqualTo(T3);
        }

        @Test
        void pending_paid_in_full_is_completed() {
            Sale sale = saleIn(SaleStatus.PENDING);

            sale.recordPayment(payment(PaymentMethod.BANK_TRANSFER, "69.00"), T3);

            assertThat(sale.status()).isEqualTo(SaleStatus.COMPLETED);
        }

        @Test
        void part_paid_stays_part_paid_until_nothing_is_due() {
            Sale sale = saleIn(SaleStatus.PARTIAL);

            sale.recordPayment(payment(PaymentMethod.CASH, "10.00"), T3);
            assertThat(sale.status()).isEqualTo(SaleStatus.PARTIAL);
            assertThat(sale.amountDue()).isEqualTo(m("29.00"));

            sale.recordPayment(payment(PaymentMethod.CASH, "29.00"), T3);
            assertThat(sale.status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(sale.totals().changeGiven()).isEqualTo(Money.ZERO);
        }

        @Test
        void a_payment_above_the_amount_due_is_refused_even_in_cash() {
            Sale sale = saleIn(SaleStatus.PARTIAL);

            assertRefusedWithoutChange(sale, () -> sale.recordPayment(payment(PaymentMethod.CASH, "39.01"), T3),
                    BusinessRuleException.class, "OVERPAYMENT_NOT_ALLOWED");
            assertThatThrownBy(() -> sale.recordPayment(payment(PaymentMethod.CARD, "50.00"), T3))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.details())
                            .containsEntry("amount_due", "39.00").containsEntry("amount_paid", "50.00"));
        }

        @ParameterizedTest
        @EnumSource(value = SaleStatus.class, names = {"DRAFT", "COMPLETED", "CANCELLED"})
        void only_part_paid_and_pending_sales_take_payments(SaleStatus status) {
            Sale sale = saleIn(status);
            Snapshot before = Snapshot.of(sale);

            assertInvalidStatus(() -> sale.recordPayment(payment(PaymentMethod.CASH, "1.00"), T3),
                    "Payments can only be recorded on part-paid or pending sales", status, "PARTIAL,PENDING");
            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }
    }

    @Nested
    class Abandon {

        @Test
        void a_draft_is_cancelled() {
            Sale sale = draftOf69();
            long version = sale.version();

            boolean cancelled = sale.abandon(T2);

            assertThat(cancelled).isTrue();
            assertThat(sale.status()).isEqualTo(SaleStatus.CANCELLED);
            assertThat(sale.version()).isEqualTo(version + 1);
            assertThat(sale.updatedAt()).isEqualTo(T2);
            assertThat(sale.completedAt()).isEmpty();
            assertThat(sale.receiptNumber()).isEmpty();
        }

        @Test
        void an_empty_draft_can_be_abandoned() {
            Sale sale = draft();

            assertThat(sale.abandon(T2)).isTrue();
            assertThat(sale.status()).isEqualTo(SaleStatus.CANCELLED);
        }

        @Test
        void abandoning_a_cancelled_sale_is_a_safe_repeat() {
            Sale sale = saleIn(SaleStatus.CANCELLED);
            Snapshot before = Snapshot.of(sale);

            boolean again = sale.abandon(T3);

            assertThat(again).isFalse();
            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }

        @ParameterizedTest
        @EnumSource(value = SaleStatus.class, names = {"COMPLETED", "PARTIAL", "PENDING"})
        void other_statuses_are_refused(SaleStatus status) {
            Sale sale = saleIn(status);
            Snapshot before = Snapshot.of(sale);

            assertInvalidStatus(() -> sale.abandon(T3), "Only draft sales can be abandoned", status, "DRAFT");
            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }

        @Test
        void a_cancelled_sale_owes_and_has_paid_nothing() {
            Sale sale = saleIn(SaleStatus.CANCELLED);

            assertThat(sale.amountDue()).isEqualTo(Money.ZERO);
            assertThat(sale.totals().amountDue().toString()).isEqualTo("0.00");
            assertThat(sale.totals().amountPaid()).isEqualTo(Money.ZERO);
            assertThat(sale.totals().changeGiven()).isEqualTo(Money.ZERO);
            assertThat(sale.payments()).isEmpty();
        }
    }

    @Nested
    class DraftOnlyActions {

        static Stream<SaleStatus> nonDraft() {
            return Stream.of(SaleStatus.COMPLETED, SaleStatus.PARTIAL, SaleStatus.PENDING, SaleStatus.CANCELLED);
        }

        @ParameterizedTest
        @MethodSource("nonDraft")
        void add_item(SaleStatus status) {
            Sale sale = saleIn(status);
            Snapshot before = Snapshot.of(sale);

            assertInvalidStatus(() -> add(sale, "1.00", "1", "0", "0"), "Can only add items to draft sales", status,
                    "DRAFT");
            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }

        @ParameterizedTest
        @MethodSource("nonDraft")
        void line_change_delete_and_release(SaleStatus status) {
            Sale sale = saleIn(status);
            SaleItemId line = sale.lines().get(0).id();
            Snapshot before = Snapshot.of(sale);
            String message = "Can only change items of draft sales";

            assertInvalidStatus(() -> sale.changeLine(line, Optional.of(Quantity.of(1)), Optional.empty(),
                    Optional.empty(), Optional.empty(), T3), message, status, "DRAFT");
            assertInvalidStatus(() -> sale.removeLine(line, T3), message, status, "DRAFT");
            assertInvalidStatus(() -> sale.lineHoldChanged(line, T3), message, status, "DRAFT");
            assertInvalidStatus(sale::requireLinesEditable, message, status, "DRAFT");
            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }

        @ParameterizedTest
        @MethodSource("nonDraft")
        void sale_patch_and_toggle(SaleStatus status) {
            Sale sale = saleIn(status);
            Snapshot before = Snapshot.of(sale);
            String message = "Can only change draft sales";

            assertInvalidStatus(() -> sale.update(Optional.empty(), Optional.empty(), Optional.of("x"),
                    Optional.empty(), T3), message, status, "DRAFT");
            assertInvalidStatus(() -> sale.update(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), T3), message, status, "DRAFT");
            assertInvalidStatus(() -> sale.changeType(SaleType.WHOLESALE, Map.of(), T3), message, status, "DRAFT");
            assertInvalidStatus(() -> sale.changeType(SaleType.RETAIL, Map.of(), T3), message, status, "DRAFT");
            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }

        @ParameterizedTest
        @MethodSource("nonDraft")
        void complete(SaleStatus status) {
            Sale sale = saleIn(status);
            Snapshot before = Snapshot.of(sale);
            String message = "Only draft sales can be completed";
            CheckoutPlan plan = plan(draftOf69(), PaymentType.CASH, cash("69.00"));

            assertInvalidStatus(() -> plan(sale, PaymentType.CASH, cash("69.00")), message, status, "DRAFT");
            assertInvalidStatus(sale::requireCheckoutable, message, status, "DRAFT");
            assertInvalidStatus(() -> sale.complete(plan, recorded(plan.tenders()), RECEIPT, T3), message, status,
                    "DRAFT");
            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }

        @ParameterizedTest
        @MethodSource("nonDraft")
        void update_customer(SaleStatus status) {
            Sale sale = saleIn(status);
            Snapshot before = Snapshot.of(sale);

            assertInvalidStatus(() -> sale.changeCustomer(CustomerId.of(UUID.randomUUID()), T3),
                    "Cannot update customer on a sale that is not in DRAFT status", status, "DRAFT");
            assertThatThrownBy(() -> sale.changeCustomer(WALK_IN, T3))
                    .isInstanceOfSatisfying(InvalidSaleStatusException.class, e -> assertThat(e.extra())
                            .containsEntry("message", "Customer can only be changed before the sale is completed. "
                                    + "To change customer on a completed sale, you must cancel and recreate it."));
            assertThat(Snapshot.of(sale)).isEqualTo(before);
        }

        @ParameterizedTest
        @EnumSource(value = SaleStatus.class, names = {"DRAFT", "CANCELLED"})
        void receipt(SaleStatus status) {
            Sale sale = saleIn(status);

            assertInvalidStatus(sale::requireReceipt, "Receipt can only be generated for completed sales", status,
                    "COMPLETED,PARTIAL,PENDING");
        }

        @ParameterizedTest
        @EnumSource(value = SaleStatus.class, names = {"COMPLETED", "PARTIAL", "PENDING"})
        void receipt_exists_once_checked_out(SaleStatus status) {
            Sale sale = saleIn(status);

            sale.requireReceipt();

            assertThat(sale.receiptNumber()).contains(RECEIPT);
        }

        @Test
        void a_draft_allows_every_draft_only_action() {
            Sale sale = draftOf69();

            sale.requireLinesEditable();
            sale.requireCheckoutable();

            assertThat(sale.status()).isEqualTo(SaleStatus.DRAFT);
        }
    }

    @Nested
    class Versions {

        private Sale sale;
        private SaleLine line;

        @BeforeEach
        void open() {
            sale = draft();
            line = add(sale, "20.00", "3", "0", "15");
        }

        @Test
        void grow_by_one_per_change() {
            assertThat(sale.version()).as("open + add_item").isEqualTo(2);

            sale.changeLine(line.id(), Optional.of(Quantity.of(4)), Optional.empty(), Optional.empty(),
                    Optional.empty(), T2);
            assertThat(sale.version()).isEqualTo(3);

            sale.lineHoldChanged(line.id(), T2);
            assertThat(sale.version()).isEqualTo(4);

            sale.changeCustomer(CustomerId.of(UUID.randomUUID()), T2);
            assertThat(sale.version()).isEqualTo(5);

            sale.changeType(SaleType.WHOLESALE, Map.of(), T2);
            assertThat(sale.version()).isEqualTo(6);

            sale.update(Optional.empty(), Optional.empty(), Optional.of("note"), Optional.empty(), T2);
            assertThat(sale.version()).isEqualTo(7);

            SaleLine second = add(sale, "1.00", "1", "0", "0");
            assertThat(sale.version()).isEqualTo(8);

            sale.removeLine(second.id(), T2);
            assertThat(sale.version()).isEqualTo(9);

            checkout(sale, PaymentType.CASH, cash("10.00"));
            assertThat(sale.version()).isEqualTo(10);

            sale.recordPayment(payment(PaymentMethod.CASH, "5.00"), T3);
            assertThat(sale.version()).isEqualTo(11);
        }

        @Test
        void abandon_is_a_change_and_its_repeat_is_not() {
            sale.abandon(T2);
            assertThat(sale.version()).isEqualTo(3);

            sale.abandon(T3);
            assertThat(sale.version()).isEqualTo(3);
        }

        @Test
        void no_ops_keep_the_version() {
            sale.changeCustomer(WALK_IN, T2);
            sale.changeType(SaleType.RETAIL, Map.of(), T2);
            sale.update(Optional.of(Money.ZERO), Optional.of(Money.ZERO), Optional.of(""),
                    Optional.of(PaymentType.CASH), T2);
            Sale.LineChange identical = sale.changeLine(line.id(), Optional.of(Quantity.of("3.00")),
                    Optional.of(m("20")), Optional.of(Percentage.of("0")), Optional.of(Percentage.of("15.0")), T2);
            Sale.LineChange empty = sale.changeLine(line.id(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), T2);

            assertThat(sale.version()).isEqualTo(2);
            assertThat(sale.updatedAt()).isEqualTo(T1);
            assertThat(identical.after()).isSameAs(identical.before());
            assertThat(identical.quantityChanged()).isFalse();
            assertThat(empty.after()).isSameAs(empty.before());
            assertThat(sale.line(line.id()).updatedAt()).isEqualTo(T1);
        }

        @Test
        void planning_a_checkout_is_not_a_change() {
            plan(sale, PaymentType.CASH, cash("69.00"));

            assertThat(sale.version()).isEqualTo(2);
        }

        @Test
        void refusals_keep_the_version() {
            assertThatThrownBy(() -> plan(sale, PaymentType.CASH)).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> sale.removeLine(SaleItemId.of(UUID.randomUUID()), T2))
                    .isInstanceOf(NotFoundException.class);

            assertThat(sale.version()).isEqualTo(2);
        }

        @Test
        void require_version_passes_without_if_match_or_with_the_current_one() {
            sale.requireVersionMatch(Optional.empty());
            sale.requireVersionMatch(Optional.of(ExpectedVersion.version(2L)));
            sale.requireVersionMatch(Optional.of(ExpectedVersion.anyVersion()));

            assertThat(sale.version()).isEqualTo(2);
        }

        @Test
        void require_version_refuses_a_stale_or_future_version() {
            for (long stale : new long[] {1L, 3L, 0L}) {
                assertThatThrownBy(() -> sale.requireVersionMatch(Optional.of(ExpectedVersion.version(stale))))
                        .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
                            assertThat(e.code()).isEqualTo("PRECONDITION_FAILED");
                            assertThat(e.currentVersion()).isEqualTo(2);
                            assertThat(e.details()).containsEntry("current_version", 2L);
                        });
            }
            assertThat(sale.version()).isEqualTo(2);
        }

        @Test
        void large_versions_compare_by_value() {
            Sale.State s = sale.state();
            Sale old = Sale.restore(new Sale.State(s.id(), s.businessId(), s.storefrontId(), s.userId(),
                    s.customerId(), s.type(), s.status(), s.paymentType(), s.discountAmount(), s.taxAmount(),
                    s.notes(), 100_000L, null, s.amountPaid(), s.changeGiven(), s.createdAt(), s.updatedAt(), null),
                    sale.lines(), List.of());

            old.requireVersionMatch(Optional.of(ExpectedVersion.version(Long.valueOf(100_000L))));

            assertThatThrownBy(() -> old.requireVersionMatch(Optional.of(ExpectedVersion.version(99_999L))))
                    .isInstanceOf(PreconditionFailedException.class);
        }
    }

    @Test
    void every_status_is_reachable_through_the_verbs_alone() {
        assertThat(Arrays.stream(SaleStatus.values()).map(SaleTest::saleIn).map(Sale::status))
                .containsExactly(SaleStatus.values());
    }
}
