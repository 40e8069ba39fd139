package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;

import java.util.List;

/**
 * The outcome a checkout will have once stock and credit agree: the status it reaches, what was tendered,
 * the change to hand back and the amount that becomes the customer's credit.
 */
public record CheckoutPlan(SaleStatus status, PaymentType paymentType, List<Tender> tenders, Money amountPaid,
                           Money changeGiven, Money creditDue) {

    public CheckoutPlan {
        tenders = List.copyOf(tenders);
    }

    public boolean needsCredit() {
        return !creditDue.isZero();
    }
}
