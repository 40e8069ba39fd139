package io.salescore.domain.sale.refund;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact money of refunds. Each line's net N is its total_price less its largest-remainder share of the sale
 * discount plus its share of the sale tax (shares in proportion to total_price), so the nets sum to the sale total.
 * Refunding q of a line's Q units after R gives {@code round_half_up(N(R+q)/Q) - round_half_up(N R/Q)}: never negative,
 * and a line's refunds sum to N exactly. Tax and discount of a refund line are split the same way.
 */
public final class RefundAllocation {

    /** What a sale line contributes: its total, its own tax and discount. */
    public record SaleLineMoney(Money totalPrice, Money taxAmount, Money discountAmount) {
    }

    /** The full refundable money of a line: net, tax and discount. */
    public record LineNet(Money net, Money tax, Money discount) {
    }

    /** The money of one refund line. */
    public record RefundLineMoney(Money amount, Money tax, Money discount) {
    }

    private RefundAllocation() {
    }

    public static List<LineNet> lineNets(List<SaleLineMoney> lines, Money saleDiscount, Money saleTax) {
        List<Money> weights = lines.stream().map(SaleLineMoney::totalPrice).toList();
        List<Money> discounts = LargestRemainder.allocate(saleDiscount, weights);
        List<Money> taxes = LargestRemainder.allocate(saleTax, weights);
        List<LineNet> nets = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SaleLineMoney line = lines.get(i);
            BigDecimal net = line.totalPrice().amount()
                    .subtract(discounts.get(i).amount())
                    .add(taxes.get(i).amount());
            if (net.signum() < 0) {
                throw ValidationException.rule("The sale discount exceeds the lines it applies to.");
            }
            nets.add(new LineNet(new Money(net),
                    line.taxAmount().plus(taxes.get(i)),
                    line.discountAmount().plus(discounts.get(i))));
        }
        return nets;
    }

    /** The share of {@code amount} for refunding {@code q} of {@code total} units after {@code already}. */
    public static Money share(Money amount, BigDecimal total, BigDecimal already, Quantity q) {
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("A line has a positive quantity.");
        }
        BigDecimal after = already.add(q.value());
        if (already.signum() < 0 || after.compareTo(total) > 0) {
            throw ValidationException.rule("Cannot refund more than is left on the line.");
        }
        return new Money(cumulative(amount, total, after).subtract(cumulative(amount, total, already)));
    }

    public static RefundLineMoney refundLine(LineNet line, BigDecimal total, BigDecimal already, Quantity q) {
        return new RefundLineMoney(share(line.net(), total, already, q),
                share(line.tax(), total, already, q),
                share(line.discount(), total, already, q));
    }

    private static BigDecimal cumulative(Money amount, BigDecimal total, BigDecimal units) {
        return amount.amount().multiply(units).divide(total, 2, RoundingMode.HALF_UP);
    }
}
