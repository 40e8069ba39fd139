package io.salescore.adapter.persistence.session;

import io.salescore.application.session.port.out.SessionFigures;
import io.salescore.domain.sale.PaymentMethod;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Z figures stored at close: refunds round-trip; figures stored before refunds were attributed read as none. */
class SessionFiguresJsonTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void refundFiguresRoundTrip() {
        SessionFigures f = new SessionFigures(3, d("90.00"), d("1.00"), 1,
                Map.of(PaymentMethod.CASH, d("60.00"), PaymentMethod.CARD, d("40.00")), d("10.00"), d("5.00"),
                d("2.00"), Map.of(PaymentMethod.CASH, d("12.50"), PaymentMethod.CARD, d("40.00")), 2, d("52.50"),
                d("3.00"));
        SessionFigures back = JdbiTillSessionRepository.figures(JdbiTillSessionRepository.json(f));
        assertThat(back).isEqualTo(f);
        assertThat(back.refunded(PaymentMethod.CASH)).isEqualByComparingTo("12.50");
        assertThat(back.expectedOther(PaymentMethod.CARD)).isEqualByComparingTo("0.00");
    }

    @Test
    void figuresStoredBeforeRefundsReadAsNoRefunds() {
        SessionFigures old = JdbiTillSessionRepository.figures("""
                {"sales":{"count":1,"total":17.50,"discounts":0,"change":2.50},"taken":{"CASH":20.00},
                 "movements":{"in":0,"out":0},"abandoned":0}""");
        assertThat(old.refunded()).isEmpty();
        assertThat(old.refunded(PaymentMethod.CASH)).isEqualByComparingTo("0.00");
        assertThat(old.refundsCount()).isZero();
        assertThat(old.refundsTotal()).isEqualByComparingTo("0.00");
        assertThat(old.refundsCredited()).isEqualByComparingTo("0.00");
        assertThat(old.expectedOther(PaymentMethod.CARD)).isEqualByComparingTo("0.00");
    }
}
