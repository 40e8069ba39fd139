package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;

import java.util.List;

/**
 * The outcome a checkout will have once stock and credit agree: the status it reaches (COMPLETED, PARTIAL or
 * PENDING, nothing else), what was tendered, the change to hand back, the amount that becomes the customer's
 * credit, and the sale-level amounts and notes the checkout applies. Planning changes nothing on the sale;
 * {@link Sale#complete} records the plan.
 */
public record CheckoutPlan(SaleStatus status, PaymentType paymentType, List<Tender> tenders, Money amountPaid,
                           Money changeGiven, Money creditDue, Money discountAmount, Money taxAmount,
                           String notes) {

    public CheckoutPlan {
        if (status != SaleStatus.COMPLETED && status != SaleStatus.PARTIAL && status != SaleStatus.PENDING) {
            throw new IllegalArgumentException("A checkout ends COMPLETED, PARTIAL or PENDING, not " + status);
        }
        tenders = List.copyOf(tenders);
        notes = notes == null ? "" : notes;
    }

    public boolean needsCredit() {
        return !creditDue.isZero();
    }
}
