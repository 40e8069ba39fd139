package io.salescore.domain.sale;

import io.salescore.domain.catalog.ProductUnit;
import io.salescore.domain.sale.refund.RefundAllocation;
import io.salescore.domain.sale.refund.RefundPlan;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.InvalidSaleStatusException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.NotFoundException;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A sale (a cart while DRAFT) with its lines and payments. Invariants: only DRAFT sales change lines,
 * customer, type or amounts; every status change goes through {@link SaleStatus#moveTo}; the totals always
 * follow from the lines; {@code version} grows by one per change.
 */
public final class Sale {

    public static final int MAX_LINES = 200;
    static final String DRAFT = "DRAFT";

    /** The stored header of a sale; lines and payments are loaded beside it. */
    public record State(SaleId id, BusinessId businessId, StorefrontId storefrontId, UserId userId,
                        CustomerId customerId, SaleType type, SaleStatus status, PaymentType paymentType,
                        Money discountAmount, Money taxAmount, String notes, long version,
                        ReceiptNumber receiptNumber, Money amountPaid, Money changeGiven,
                        Instant createdAt, Instant updatedAt, Instant completedAt,
                        Money amountRefunded, Money amountCredited, Money amountPaidOut,
                        Money creditAtCompletion) {

        public State {
            amountRefunded = amountRefunded == null ? Money.ZERO : amountRefunded;
            amountCredited = amountCredited == null ? Money.ZERO : amountCredited;
            amountPaidOut = amountPaidOut == null ? Money.ZERO : amountPaidOut;
            creditAtCompletion = creditAtCompletion == null ? Money.ZERO : creditAtCompletion;
        }

        /** A header without the amount left as credit at completion (none). */
        public State(SaleId id, BusinessId businessId, StorefrontId storefrontId, UserId userId,
                     CustomerId customerId, SaleType type, SaleStatus status, PaymentType paymentType,
                     Money discountAmount, Money taxAmount, String notes, long version,
                     ReceiptNumber receiptNumber, Money amountPaid, Money changeGiven,
                     Instant createdAt, Instant updatedAt, Instant completedAt,
                     Money amountRefunded, Money amountCredited, Money amountPaidOut) {
            this(id, businessId, storefrontId, userId, customerId, type, status, paymentType, discountAmount,
                    taxAmount, notes, version, receiptNumber, amountPaid, changeGiven, createdAt, updatedAt,
                    completedAt, amountRefunded, amountCredited, amountPaidOut, Money.ZERO);
        }

        /** A header with nothing refunded. */
        public State(SaleId id, BusinessId businessId, StorefrontId storefrontId, UserId userId,
                     CustomerId customerId, SaleType type, SaleStatus status, PaymentType paymentType,
                     Money discountAmount, Money taxAmount, String notes, long version,
                     ReceiptNumber receiptNumber, Money amountPaid, Money changeGiven,
                     Instant createdAt, Instant updatedAt, Instant completedAt) {
            this(id, businessId, storefrontId, userId, customerId, type, status, paymentType, discountAmount,
                    taxAmount, notes, version, receiptNumber, amountPaid, changeGiven, createdAt, updatedAt,
                    completedAt, Money.ZERO, Money.ZERO, Money.ZERO);
        }
    }

    private final SaleId id;
    private final BusinessId businessId;
    private final StorefrontId storefrontId;
    private final UserId userId;
    private final Instant createdAt;
    private CustomerId customerId;
    private SaleType type;
    private SaleStatus status;
    private PaymentType paymentType;
    private Money discountAmount;
    private Money taxAmount;
    private String notes;
    private long version;
    private ReceiptNumber receiptNumber;
    private Money amountPaid;
    private Money changeGiven;
    private Instant updatedAt;
    private Instant completedAt;
    private Money amountRefunded;
    private Money amountCredited;
    private Money amountPaidOut;
    private Money creditAtCompletion;
    private final List<SaleLine> lines;
    private final List<Payment> payments;
    /** What changed since the sale was opened or read, until {@link #takeEvents()} hands it out. */
    private final List<SaleEvent> events = new ArrayList<>();

    private Sale(State s, List<SaleLine> lines, List<Payment> payments) {
        this.id = Objects.requireNonNull(s.id());
        this.businessId = Objects.requireNonNull(s.businessId());
        this.storefrontId = Objects.requireNonNull(s.storefrontId());
        this.userId = Objects.requireNonNull(s.userId());
        this.customerId = Objects.requireNonNull(s.customerId());
        this.type = Objects.requireNonNull(s.type());
        this.status = Objects.requireNonNull(s.status());
        this.paymentType = Objects.requireNonNull(s.paymentType());
        this.discountAmount = s.discountAmount();
        this.taxAmount = s.taxAmount();
        this.notes = s.notes() == null ? "" : s.notes();
        this.version = s.version();
        this.receiptNumber = s.receiptNumber();
        this.amountPaid = s.amountPaid();
        this.changeGiven = s.changeGiven();
        this.createdAt = s.createdAt();
        this.updatedAt = s.updatedAt();
        this.completedAt = s.completedAt();
        this.amountRefunded = s.amountRefunded();
        this.amountCredited = s.amountCredited();
        this.amountPaidOut = s.amountPaidOut();
        this.creditAtCompletion = s.creditAtCompletion();
        this.lines = new ArrayList<>(lines);
        this.payments = new ArrayList<>(payments);
    }

    /** A new empty DRAFT sale at version 1. */
    public static Sale open(SaleId id, BusinessId business, StorefrontId storefront, UserId user, CustomerId customer,
                            SaleType type, PaymentType paymentType, String notes, Instant now) {
        Sale sale = new Sale(new State(id, business, storefront, user, customer, type, SaleStatus.DRAFT, paymentType,
                Money.ZERO, Money.ZERO, notes, 1, null, Money.ZERO, Money.ZERO, now, now, null), List.of(), List.of());
        sale.events.add(new SaleEvent.Opened());
        return sale;
    }

    /** A sale as it was stored. */
    public static Sale restore(State state, List<SaleLine> lines, List<Payment> payments) {
        return new Sale(state, lines, payments);
    }

    /** The events recorded since the sale was opened or read or since the last call, oldest first; empties them. */
    public List<SaleEvent> takeEvents() {
        List<SaleEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** Whether events were recorded that no one took yet. */
    public boolean hasEvents() {
        return !events.isEmpty();
    }

    public State state() {
        return new State(id, businessId, storefrontId, userId, customerId, type, status, paymentType, discountAmount,
                taxAmount, notes, version, receiptNumber, amountPaid, changeGiven, createdAt, updatedAt, completedAt,
                amountRefunded, amountCredited, amountPaidOut, creditAtCompletion);
    }

    // ---- guards -------------------------------------------------------------------------------------------

    /** {@code If-Match} with the full condition ({@code *}, a list of tags); absent means no condition. */
    public void requireVersionMatch(Optional<ExpectedVersion> condition) {
        if (condition.isPresent() && !condition.get().matches(version)) {
            throw new PreconditionFailedException(version);
        }
    }

    private void requireDraft(String message) {
        if (status != SaleStatus.DRAFT) {
            throw new InvalidSaleStatusException(message, status.name(), DRAFT);
        }
    }

    /** Lines may change only on a DRAFT sale. */
    public void requireLinesEditable() {
        requireDraft("Can only change items of draft sales");
    }

    /** Items may be added only to a DRAFT sale. */
    public void requireItemsAddable() {
        requireDraft("Can only add items to draft sales");
    }

    /** Sale fields and type may change only on a DRAFT sale. */
    public void requireChangeable() {
        requireDraft("Can only change draft sales");
    }

    /** Only a DRAFT sale can be completed (the status part of checkout step 1). */
    public void requireCompletable() {
        requireDraft("Only draft sales can be completed");
    }

    /** The customer may change only on a DRAFT sale (the seed's own error wording). */
    public void requireCustomerChangeable() {
        if (status != SaleStatus.DRAFT) {
            throw new InvalidSaleStatusException("Cannot update customer on a sale that is not in DRAFT status",
                    status.name(), DRAFT, Map.of("message", "Customer can only be changed before the sale is completed. "
                    + "To change customer on a completed sale, you must cancel and recreate it."));
        }
    }

    /** Payments after checkout are taken only on part-paid or pending sales. */
    public void requirePaymentRecordable() {
        if (status != SaleStatus.PARTIAL && status != SaleStatus.PENDING) {
            throw new InvalidSaleStatusException("Payments can only be recorded on part-paid or pending sales",
                    status.name(), "PARTIAL,PENDING");
        }
    }

    /**
     * A receipt exists for every sale that was completed (also once REFUNDED or CANCELLED after completion: a sale
     * with a receipt number never leaves the books), never for a draft or a draft cancelled.
     */
    public void requireReceipt() {
        if (receiptNumber == null) {
            throw new InvalidSaleStatusException("Receipt can only be generated for completed sales", status.name(),
                    "COMPLETED,PARTIAL,PENDING");
        }
    }

    private void touch(Instant now) {
        version++;
        updatedAt = now;
    }

    // ---- lines --------------------------------------------------------------------------------------------

    /**
     * Adds a new line (never merged with an existing one); at most {@value #MAX_LINES} lines; whole quantities
     * for products counted in pcs.
     */
    public SaleLine addLine(SaleItemId lineId, ProductId productId, StockProductId stockProductId, String productName,
                            String productSku, String unit, Quantity quantity, Money unitPrice, boolean priceFromBatch,
                            Percentage discount, Percentage taxRate, Instant now) {
        requireItemsAddable();
        ProductUnit.requireFits(unit, quantity.value(), "quantity");
        if (lines.size() >= MAX_LINES) {
            throw ValidationException.field("product", "A sale has at most " + MAX_LINES + " lines.");
        }
        SaleLine line = SaleLine.create(lineId, productId, stockProductId, productName, productSku, unit, quantity,
                unitPrice, priceFromBatch, discount, taxRate, now);
        List<SaleLine> next = new ArrayList<>(lines);
        next.add(line);
        replaceLines(next);
        touch(now);
        events.add(new SaleEvent.LineAdded(line));
        return line;
    }

    /** What a line change did: the line before and after. */
    public record LineChange(SaleLine before, SaleLine after) {
        public boolean quantityChanged() {
            return before.quantity().compareTo(after.quantity()) != 0;
        }
    }

    /**
     * Changes the terms of a line; absent values stay. An explicit price is used as given from then on.
     * Returns the line before and after; a change that changes nothing does not touch the sale.
     */
    public LineChange changeLine(SaleItemId lineId, Optional<Quantity> quantity, Optional<Money> unitPrice,
                                 Optional<Percentage> discount, Optional<Percentage> taxRate, Instant now) {
        requireLinesEditable();
        int index = indexOf(lineId);
        SaleLine before = lines.get(index);
        quantity.ifPresent(q -> ProductUnit.requireFits(before.unit(), q.value(), "quantity"));
        SaleLine after = before.with(quantity.orElse(before.quantity()), unitPrice.orElse(before.unitPrice()),
                unitPrice.isEmpty() && before.priceFromBatch(), discount.orElse(before.discountPercentage()),
                taxRate.orElse(before.taxRate()), now);
        if (sameTerms(before, after)) {
            return new LineChange(before, before);
        }
        List<SaleLine> next = new ArrayList<>(lines);
        next.set(index, after);
        replaceLines(next);
        touch(now);
        events.add(new SaleEvent.LineChanged(before, after));
        return new LineChange(before, after);
    }

    private static boolean sameTerms(SaleLine a, SaleLine b) {
        return a.quantity().equals(b.quantity()) && a.unitPrice().equals(b.unitPrice())
                && a.priceFromBatch() == b.priceFromBatch() && a.discountPercentage().equals(b.discountPercentage())
                && a.taxRate().equals(b.taxRate());
    }

    /** Removes a line; its hold is released by the caller. */
    public SaleLine removeLine(SaleItemId lineId, Instant now) {
        requireLinesEditable();
        SaleLine removed = lines.remove(indexOf(lineId));
        touch(now);
        events.add(new SaleEvent.LineRemoved(removed));
        return removed;
    }

    /** Records a change that concerns a line's hold only (e.g. a released reservation). */
    public void lineHoldChanged(SaleItemId lineId, Instant now) {
        requireLinesEditable();
        indexOf(lineId);
        touch(now);
    }

    public SaleLine line(SaleItemId lineId) {
        return lines.get(indexOf(lineId));
    }

    private int indexOf(SaleItemId lineId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id().equals(lineId)) {
                return i;
            }
        }
        throw new NotFoundException();
    }

    // ---- sale fields --------------------------------------------------------------------------------------

    /**
     * Puts another customer on a DRAFT sale. Returns false, changing nothing, when it is already that customer.
     * The sale type does not follow the customer type.
     */
    public boolean changeCustomer(CustomerId newCustomer, Instant now) {
        requireCustomerChangeable();
        if (customerId.equals(newCustomer)) {
            return false;
        }
        events.add(new SaleEvent.CustomerChanged(customerId, newCustomer));
        customerId = newCustomer;
        touch(now);
        return true;
    }

    /** A line re-priced by a type change. */
    public record Repricing(SaleItemId lineId, String productName, Money oldPrice, Money newPrice) {
    }

    /**
     * Switches between RETAIL and WHOLESALE. Lines priced from a batch take the price the new type gives
     * ({@code batchPrices}); explicitly priced lines keep theirs. Same type: nothing changes.
     */
    public List<Repricing> changeType(SaleType newType, Map<SaleItemId, Money> batchPrices, Instant now) {
        requireChangeable();
        if (newType == type) {
            return List.of();
        }
        List<SaleLine> next = new ArrayList<>(lines);
        List<Repricing> repriced = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            SaleLine line = next.get(i);
            Money newPrice = batchPrices.get(line.id());
            if (line.priceFromBatch() && newPrice != null) {
                next.set(i, line.with(line.quantity(), newPrice, true, line.discountPercentage(), line.taxRate(), now));
                repriced.add(new Repricing(line.id(), line.productName(), line.unitPrice(), newPrice));
            }
        }
        replaceLines(next);
        events.add(new SaleEvent.TypeChanged(type, newType, repriced));
        type = newType;
        touch(now);
        return List.copyOf(repriced);
    }

    /** Changes sale-level amounts, notes or payment type of a DRAFT sale. Returns whether anything changed. */
    public boolean update(Optional<Money> newDiscount, Optional<Money> newTax, Optional<String> newNotes,
                          Optional<PaymentType> newPaymentType, Instant now) {
        requireChangeable();
        Money discount = newDiscount.orElse(discountAmount);
        Money tax = newTax.orElse(taxAmount);
        requireDiscountWithinSubtotal(discount);
        boolean changed = !discount.equals(discountAmount) || !tax.equals(taxAmount)
                || !newNotes.orElse(notes).equals(notes) || newPaymentType.orElse(paymentType) != paymentType;
        if (!changed) {
            return false;
        }
        totalsOf(lines, discount, tax);
        State before = state();
        discountAmount = discount;
        taxAmount = tax;
        notes = newNotes.orElse(notes);
        paymentType = newPaymentType.orElse(paymentType);
        touch(now);
        events.add(new SaleEvent.Updated(before, state()));
        return true;
    }

    private void requireDiscountWithinSubtotal(Money discount) {
        if (discount.isGreaterThan(subtotal())) {
            throw ValidationException.field("discount_amount", "Cannot exceed the subtotal of " + subtotal() + ".");
        }
    }

    // ---- checkout -----------------------------------------------------------------------------------------

    /** Checkout step 1: the sale is DRAFT and has at least one line. */
    public void requireCheckoutable() {
        requireCompletable();
        if (lines.isEmpty()) {
            throw new BusinessRuleException("EMPTY_SALE", "Cannot complete a sale without items.");
        }
    }

    /**
     * Checkout steps 3 and 4: validates the payments against the payment type, with the checkout's amounts and
     * notes in place of the draft's, and works out the status, change and the amount left as credit.
     * Nothing is recorded yet, and a refusal leaves the sale as it was; {@link #complete} records the plan.
     */
    public CheckoutPlan planCheckout(Optional<PaymentType> requestedType, List<Tender> tenders,
                                     Optional<Money> newDiscount, Optional<Money> newTax, Optional<String> newNotes) {
        requireCheckoutable();
        PaymentType effectiveType = requestedType.orElse(paymentType);
        Money discount = newDiscount.orElse(discountAmount);
        requireDiscountWithinSubtotal(discount);
        effectiveType.requiredMethod().ifPresent(method -> {
            for (Tender tender : tenders) {
                if (tender.method() != method) {
                    throw ValidationException.field("payments",
                            "A " + effectiveType + " sale takes only " + method + " payments.");
                }
            }
        });
        Money tax = newTax.orElse(taxAmount);
        Money total = totalsOf(lines, discount, tax).totalAmount();
        Money paid = Money.ZERO;
        Money cash = Money.ZERO;
        for (Tender tender : tenders) {
            paid = paid.plus(tender.amount());
            if (tender.method() == PaymentMethod.CASH) {
                cash = cash.plus(tender.amount());
            }
        }
        if (effectiveType != PaymentType.CREDIT && tenders.isEmpty() && !total.isZero()) {
            throw new BusinessRuleException("PAYMENT_REQUIRED", "A payment is required to complete this sale.");
        }
        Money change = paid.minusOrZero(total);
        if (change.isGreaterThan(cash)) {
            throw new BusinessRuleException("OVERPAYMENT_NOT_ALLOWED",
                    "The amount paid exceeds the total; only cash can be overpaid.",
                    "Paid " + paid + " for a total of " + total + " with " + cash + " in cash",
                    Map.of("total_amount", total.toString(), "amount_paid", paid.toString()), Map.of());
        }
        Money due = total.minusOrZero(paid);
        SaleStatus outcome = due.isZero() ? SaleStatus.COMPLETED
                : paid.isZero() ? SaleStatus.PENDING : SaleStatus.PARTIAL;
        return new CheckoutPlan(outcome, effectiveType, tenders, paid, change, due, discount, tax,
                newNotes.orElse(notes));
    }

    /**
     * Checkout step 6: records the planned outcome (status, payment type, sale-level amounts and notes),
     * the payments and the receipt number.
     */
    public void complete(CheckoutPlan plan, List<Payment> recorded, ReceiptNumber receipt, Instant now) {
        requireCheckoutable();
        status = status.moveTo(plan.status());
        paymentType = plan.paymentType();
        discountAmount = plan.discountAmount();
        taxAmount = plan.taxAmount();
        notes = plan.notes();
        payments.addAll(recorded);
        amountPaid = plan.amountPaid();
        changeGiven = plan.changeGiven();
        receiptNumber = receipt;
        completedAt = now;
        creditAtCompletion = amountDue();
        touch(now);
        events.add(new SaleEvent.Completed(status));
    }

    /** Takes a payment on a part-paid or pending sale, up to what is due; no change is given. */
    public void recordPayment(Payment payment, Instant now) {
        requirePaymentRecordable();
        Money due = amountDue();
        if (payment.amount().isGreaterThan(due)) {
            throw new BusinessRuleException("OVERPAYMENT_NOT_ALLOWED",
                    "The payment exceeds the amount due of " + due + ".", "",
                    Map.of("amount_due", due.toString(), "amount_paid", payment.amount().toString()), Map.of());
        }
        payments.add(payment);
        amountPaid = amountPaid.plus(payment.amount());
        SaleStatus from = status;
        status = status.moveTo(amountDue().isZero() ? SaleStatus.COMPLETED : SaleStatus.PARTIAL);
        touch(now);
        events.add(new SaleEvent.PaymentRecorded(payment, from, status));
    }

    /**
     * DRAFT → CANCELLED. Returns false for an already CANCELLED sale (a safe repeat); any other status refuses.
     * The caller releases the holds.
     */
    public boolean abandon(Instant now) {
        if (status == SaleStatus.CANCELLED) {
            return false;
        }
        requireDraft("Only draft sales can be abandoned");
        status = status.moveTo(SaleStatus.CANCELLED);
        touch(now);
        events.add(new SaleEvent.Cancelled(SaleStatus.DRAFT));
        return true;
    }

    // ---- refunds ------------------------------------------------------------------------------------------

    /** Refunds are taken only against a sale with a receipt that is COMPLETED, PARTIAL or PENDING. */
    public void requireRefundable() {
        if (receiptNumber == null || !status.hasReceipt()) {
            throw new InvalidSaleStatusException("Only completed, part-paid or pending sales can be refunded",
                    status.name(), "COMPLETED,PARTIAL,PENDING");
        }
    }

    /** Each line as refunds see it: sold, refunded so far, and its exact net share of the sale total. */
    public Map<SaleItemId, RefundPlan.RefundableLine> refundableLines() {
        List<RefundAllocation.LineNet> nets = RefundAllocation.lineNets(lines.stream()
                .map(l -> new RefundAllocation.SaleLineMoney(l.totalPrice(), l.taxAmount(), l.discountAmount()))
                .toList(), discountAmount, taxAmount);
        Map<SaleItemId, RefundPlan.RefundableLine> result = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            SaleLine line = lines.get(i);
            result.put(line.id(), new RefundPlan.RefundableLine(line.id(), line.quantity().value(),
                    line.refundedQuantity(), nets.get(i)));
        }
        return result;
    }

    /**
     * Records a refund: the lines' refunded quantities, {@code credited} taken off the amount due, {@code paidOut}
     * handed back. The sale becomes CANCELLED ({@code cancel}), REFUNDED when nothing is left, COMPLETED when the
     * refund cleared what was due, else keeps its status.
     */
    public void applyRefund(RefundPlan.Plan plan, Money credited, Money paidOut, boolean cancel, Instant now) {
        requireRefundable();
        if (credited.plus(paidOut).compareTo(plan.amount()) != 0) {
            throw new IllegalArgumentException("A refund's credit and payout must add up to its amount");
        }
        if (credited.isGreaterThan(amountDue())) {
            throw new IllegalArgumentException("A refund cannot credit more than is due");
        }
        List<SaleLine> next = new ArrayList<>(lines);
        for (RefundPlan.PlannedLine planned : plan.lines()) {
            int index = indexOf(planned.saleItem());
            next.set(index, next.get(index).refunded(planned.quantity().value()));
        }
        lines.clear();
        lines.addAll(next);
        amountRefunded = amountRefunded.plus(plan.amount());
        amountCredited = amountCredited.plus(credited);
        amountPaidOut = amountPaidOut.plus(paidOut);
        boolean nothingLeft = lines.stream().allMatch(l -> l.refundableQuantity().signum() == 0);
        SaleStatus target = cancel ? SaleStatus.CANCELLED
                : nothingLeft ? SaleStatus.REFUNDED
                : status != SaleStatus.COMPLETED && amountDue().isZero() ? SaleStatus.COMPLETED
                : status;
        if (target != status) {
            SaleStatus from = status;
            status = status.moveTo(target);
            if (target == SaleStatus.CANCELLED) {
                events.add(new SaleEvent.Cancelled(from));
            }
        }
        touch(now);
    }

    /** Net money the sale took by each method: payments, less change (cash), not yet less refund payouts. */
    public Map<PaymentMethod, Money> takenByMethod() {
        Map<PaymentMethod, Money> taken = new java.util.EnumMap<>(PaymentMethod.class);
        for (Payment payment : payments) {
            taken.merge(payment.method(), payment.amount(), Money::plus);
        }
        if (!changeGiven.isZero()) {
            taken.computeIfPresent(PaymentMethod.CASH, (m, cash) -> cash.minusOrZero(changeGiven));
        }
        return taken;
    }

    public Money amountRefunded() {
        return amountRefunded;
    }

    public Money amountCredited() {
        return amountCredited;
    }

    public Money amountPaidOut() {
        return amountPaidOut;
    }

    /** What was left due when the sale was completed (0.00 before completion). */
    public Money creditAtCompletion() {
        return creditAtCompletion;
    }

    /** A credit sale: one that left an amount due at completion, whatever its payment type. */
    public boolean isCreditSale() {
        return !creditAtCompletion.isZero();
    }

    // ---- reading ------------------------------------------------------------------------------------------

    private Money subtotal() {
        Money subtotal = Money.ZERO;
        for (SaleLine line : lines) {
            subtotal = subtotal.plus(line.totalPrice());
        }
        return subtotal;
    }

    public SaleTotals totals() {
        return totalsOf(lines, discountAmount, taxAmount);
    }

    /** What the given lines and sale-level amounts add up to; refuses sums beyond the money range. */
    private SaleTotals totalsOf(List<SaleLine> someLines, Money discount, Money tax) {
        Money subtotal = Money.ZERO;
        Money itemsDiscount = Money.ZERO;
        Money itemsTax = Money.ZERO;
        for (SaleLine line : someLines) {
            subtotal = subtotal.plus(line.totalPrice());
            itemsDiscount = itemsDiscount.plus(line.discountAmount());
            itemsTax = itemsTax.plus(line.taxAmount());
        }
        Money total = subtotal.minusOrZero(discount).plus(tax);
        return new SaleTotals(subtotal, itemsDiscount, itemsTax, discount, tax, total, amountPaid,
                amountDue(total), changeGiven);
    }

    /** Takes the new lines only if their totals stay within the money range, so a refusal changes nothing. */
    private void replaceLines(List<SaleLine> next) {
        totalsOf(next, discountAmount, taxAmount);
        lines.clear();
        lines.addAll(next);
    }

    /** {@code max(0, total − (paid − change) − credited)}; a draft cancelled owes nothing. */
    private Money amountDue(Money total) {
        if (status == SaleStatus.CANCELLED && receiptNumber == null) {
            return Money.ZERO;
        }
        return total.minusOrZero(amountPaid.minusOrZero(changeGiven)).minusOrZero(amountCredited);
    }

    public Money amountDue() {
        return totals().amountDue();
    }

    public SaleId id() {
        return id;
    }

    public BusinessId businessId() {
        return businessId;
    }

    public StorefrontId storefrontId() {
        return storefrontId;
    }

    public UserId userId() {
        return userId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public SaleType type() {
        return type;
    }

    public SaleStatus status() {
        return status;
    }

    public PaymentType paymentType() {
        return paymentType;
    }

    public String notes() {
        return notes;
    }

    public long version() {
        return version;
    }

    public Optional<ReceiptNumber> receiptNumber() {
        return Optional.ofNullable(receiptNumber);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** Lines oldest first, as an unmodifiable copy. */
    public List<SaleLine> lines() {
        return List.copyOf(lines);
    }

    /** Payments oldest first, as an unmodifiable copy. */
    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    /** Line id → line, in line order. */
    public Map<SaleItemId, SaleLine> linesById() {
        Map<SaleItemId, SaleLine> map = new LinkedHashMap<>();
        lines.forEach(l -> map.put(l.id(), l));
        return map;
    }
}
