package io.salescore.domain.sale.refund;

import io.salescore.domain.sale.refund.RefundAllocation.LineNet;
import io.salescore.domain.sale.refund.RefundAllocation.RefundLineMoney;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.ValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the requested refund lines against what is still refundable on the sale and prices them exactly.
 * Each sale_item at most once, only lines of this sale, never more than is left, a reason when not restocking.
 */
public final class RefundPlan {

    /** A sale line as refunds see it: sold quantity, quantity refunded so far, and its net money. */
    public record RefundableLine(SaleItemId id, BigDecimal quantity, BigDecimal refunded, LineNet net) {
        public BigDecimal left() {
            return quantity.subtract(refunded);
        }
    }

    public record Request(SaleItemId saleItem, Quantity quantity, boolean restock, String reason) {
    }

    public record PlannedLine(SaleItemId saleItem, Quantity quantity, boolean restock, String reason,
                              RefundLineMoney money) {
    }

    public record Plan(List<PlannedLine> lines, Money amount, Money tax, Money discount) {
    }

    private RefundPlan() {
    }

    public static Plan of(Map<SaleItemId, RefundableLine> saleLines, List<Request> requests) {
        if (requests.isEmpty()) {
            throw ValidationException.field("items", "At least one line to refund is required.");
        }
        Set<SaleItemId> seen = new HashSet<>();
        List<PlannedLine> planned = new ArrayList<>();
        Money amount = Money.ZERO;
        Money tax = Money.ZERO;
        Money discount = Money.ZERO;
        for (Request request : requests) {
            String id = request.saleItem().value().toString();
            if (!seen.add(request.saleItem())) {
                throw ValidationException.field("items", "Sale item " + id + " is listed more than once.");
            }
            RefundableLine line = saleLines.get(request.saleItem());
            if (line == null) {
                throw ValidationException.field("items", "Sale item " + id + " is not a line of this sale.");
            }
            if (request.quantity().value().compareTo(line.left()) > 0) {
                throw ValidationException.field("items", "Sale item " + id + " has only "
                        + line.left().stripTrailingZeros().toPlainString() + " left to refund.");
            }
            if (!request.restock() && (request.reason() == null || request.reason().isBlank())) {
                throw ValidationException.field("items", "Sale item " + id + " is not restocked and needs a reason.");
            }
            RefundLineMoney money = RefundAllocation.refundLine(line.net(), line.quantity(), line.refunded(),
                    request.quantity());
            planned.add(new PlannedLine(request.saleItem(), request.quantity(), request.restock(), request.reason(), money));
            amount = amount.plus(money.amount());
            tax = tax.plus(money.tax());
            discount = discount.plus(money.discount());
        }
        return new Plan(planned, amount, tax, discount);
    }

    /** FULL: everything still refundable, restocked. */
    public static Plan full(Map<SaleItemId, RefundableLine> saleLines) {
        return full(saleLines, true, null);
    }

    /** FULL: everything still refundable; not restocked (cancel with {@code restock: false}) needs a reason. */
    public static Plan full(Map<SaleItemId, RefundableLine> saleLines, boolean restock, String reason) {
        List<Request> requests = new ArrayList<>();
        for (RefundableLine line : saleLines.values()) {
            if (line.left().signum() > 0) {
                requests.add(new Request(line.id(), new Quantity(line.left()), restock, reason));
            }
        }
        if (requests.isEmpty()) {
            throw ValidationException.rule("Nothing is left to refund on this sale.");
        }
        return of(saleLines, requests);
    }
}
