package io.salescore.domain.sale.refund;

import io.salescore.domain.shared.Money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an amount over weights in proportion, to the cent, by the largest-remainder method:
 * every part gets the floor of its exact share, and the cents left over go one each to the parts with the
 * largest remainders (ties to the earlier part). When all weights are zero the whole amount goes to the first part.
 * The parts always sum to the amount exactly.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    public static List<Money> allocate(Money amount, List<Money> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("At least one weight is needed.");
        }
        BigInteger cents = toCents(amount);
        BigInteger totalWeight = BigInteger.ZERO;
        for (Money weight : weights) {
            totalWeight = totalWeight.add(toCents(weight));
        }
        List<Money> parts = new ArrayList<>(weights.size());
        if (totalWeight.signum() == 0) {
            for (int i = 0; i < weights.size(); i++) {
                parts.add(i == 0 ? amount : Money.ZERO);
            }
            return parts;
        }
        BigInteger[] floors = new BigInteger[weights.size()];
        BigInteger[] remainders = new BigInteger[weights.size()];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < weights.size(); i++) {
            BigInteger[] qr = cents.multiply(toCents(weights.get(i))).divideAndRemainder(totalWeight);
            floors[i] = qr[0];
            remainders[i] = qr[1];
            given = given.add(qr[0]);
        }
        int left = cents.subtract(given).intValueExact();
        boolean[] bumped = new boolean[weights.size()];
        for (int n = 0; n < left; n++) {
            int best = -1;
            for (int i = 0; i < weights.size(); i++) {
                if (!bumped[i] && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            bumped[best] = true;
            floors[best] = floors[best].add(BigInteger.ONE);
        }
        for (BigInteger part : floors) {
            parts.add(new Money(new BigDecimal(part, 2)));
        }
        return parts;
    }

    static BigInteger toCents(Money money) {
        return money.amount().movePointRight(2).toBigIntegerExact();
    }
}
