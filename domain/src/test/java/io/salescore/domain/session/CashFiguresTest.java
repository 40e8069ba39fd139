package io.salescore.domain.session;

import io.salescore.domain.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * domain.md "Till sessions": expected cash = opening float + CASH tendered − change given − CASH paid out by
 * refunds + pay-ins − pay-outs (cash rounding applied); expected per other method = taken − paid out by it.
 */
class CashFiguresTest {

    private static Money m(String v) {
        return Money.of(v);
    }

    @Test
    void cashPaidOutByRefundsLowersExpectedCash() {
        // float 100, a 20.00 note for a 17.50 sale (2.50 change), 7.50 handed back by a cash refund,
        // a 30.00 pay-in, a 12.25 pay-out
        CashFigures f = new CashFigures(m("100.00"), m("20.00"), m("2.50"), m("7.50"), m("30.00"), m("12.25"));
        assertThat(f.expectedCash(m("0.01"))).isEqualByComparingTo("127.75");
    }

    @Test
    void withoutRefundsTheFiguresAreAsBefore() {
        CashFigures f = new CashFigures(m("100.00"), m("20.00"), m("2.50"), m("30.00"), m("12.25"));
        assertThat(f.refundsPaidOut()).isEqualTo(m("0.00"));
        assertThat(f.expectedCash(m("0.01"))).isEqualByComparingTo("135.25");
    }

    @Test
    void refundsPaidOutAreRoundedWithTheRestAndMayTakeExpectedCashBelowZero() {
        CashFigures f = new CashFigures(m("0.00"), m("10.03"), m("0.00"), m("0.01"), m("0.00"), m("0.00"));
        assertThat(f.expectedCash(m("0.05"))).isEqualByComparingTo("10.00");
        CashFigures refundOnly = new CashFigures(m("5.00"), m("0.00"), m("0.00"), m("8.00"), m("0.00"), m("0.00"));
        assertThat(refundOnly.expectedCash(m("0.01"))).isEqualByComparingTo("-3.00");
    }

    @Test
    void everyFigureIsRequired() {
        assertThatThrownBy(() -> new CashFigures(m("0.00"), m("0.00"), m("0.00"), null, m("0.00"), m("0.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherMethodExpectsWhatItTookLessWhatRefundsPaidOutByIt() {
        assertThat(CashFigures.expectedOther(m("80.00"), m("25.00"))).isEqualByComparingTo("55.00");
        assertThat(CashFigures.expectedOther(m("80.00"), m("0.00"))).isEqualByComparingTo("80.00");
        assertThat(CashFigures.expectedOther(m("80.00"), m("0.00")).scale()).isEqualTo(2);
        // an OWNER may pay out by a method the session took less by (or nothing): the figure is signed
        assertThat(CashFigures.expectedOther(m("0.00"), m("12.00"))).isEqualByComparingTo("-12.00");
    }
}
