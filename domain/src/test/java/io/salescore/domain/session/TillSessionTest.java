package io.salescore.domain.session;

import io.salescore.domain.access.Role;
import io.salescore.domain.account.BusinessSettings;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;
import io.salescore.domain.shared.Percentage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md "Till sessions (shifts) and the cash drawer": status, expected cash, difference, cash movements. */
class TillSessionTest {

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
    private static final UserId CASHIER = UserId.of(UUID.randomUUID());
    private static final UserId MANAGER = UserId.of(UUID.randomUUID());
    private static final BusinessSettings SETTINGS = new BusinessSettings(false, Percentage.ZERO, false,
            Money.of("50.00"), 30, Money.of("0.01"));

    private static TillSession open() {
        return TillSession.open(UUID.randomUUID(), StorefrontId.of(UUID.randomUUID()), CASHIER, Money.of("100.00"), T0);
    }

    private static Money m(String v) {
        return Money.of(v);
    }

    @Test
    void aNewSessionIsOpenWithItsFloatAndNoClosingFigures() {
        TillSession s = open();
        assertThat(s.status()).isEqualTo(SessionStatus.OPEN);
        assertThat(s.openingFloat()).isEqualTo(m("100.00"));
        assertThat(s.closedAt()).isNull();
        assertThat(s.countedCash()).isNull();
        assertThat(s.difference()).isNull();
        assertThat(s.zNumber()).isNull();
    }

    @Test
    void aNegativeOrMissingFloatIsRefused() {
        assertThatThrownBy(() -> Money.of("-1.00")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TillSession.open(UUID.randomUUID(), StorefrontId.of(UUID.randomUUID()), CASHIER,
                null, T0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void changeGivenIsNotCashReceived() {
        // float 100, a 20.00 note for a 17.50 sale (2.50 change), a 30.00 pay-in, a 12.25 pay-out
        CashFigures f = new CashFigures(m("100.00"), m("20.00"), m("2.50"), m("30.00"), m("12.25"));
        assertThat(f.expectedCash(m("0.01"))).isEqualByComparingTo("135.25");
    }

    @Test
    void expectedCashUsesTheBusinessCashRounding() {
        CashFigures f = new CashFigures(m("0.00"), m("10.03"), m("0.00"), m("0.00"), m("0.00"));
        assertThat(f.expectedCash(m("0.05"))).isEqualByComparingTo("10.05");
        assertThat(f.expectedCash(m("0.10"))).isEqualByComparingTo("10.00");
        assertThat(CashFigures.round(new BigDecimal("10.025"), m("0.05"))).isEqualByComparingTo("10.05");
        assertThat(CashFigures.round(new BigDecimal("-2.03"), m("0.05"))).isEqualByComparingTo("-2.05");
    }

    @Test
    void expectedCashMayGoBelowZeroWhenPayOutsExceedWhatCameIn() {
        CashFigures f = new CashFigures(m("0.00"), m("0.00"), m("0.00"), m("0.00"), m("5.00"));
        assertThat(f.expectedCash(m("0.01"))).isEqualByComparingTo("-5.00");
    }

    @Test
    void closingRecordsTheDifferenceNeverForcingIt() {
        TillSession closed = open().close(new BigDecimal("135.25"), m("130.00"), " short ", MANAGER,
                "Z-MAIN-1", T0.plusSeconds(3600));
        assertThat(closed.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(closed.expectedCash()).isEqualByComparingTo("135.25");
        assertThat(closed.countedCash()).isEqualTo(m("130.00"));
        assertThat(closed.difference()).isEqualByComparingTo("-5.25");
        assertThat(closed.closingNote()).isEqualTo("short");
        assertThat(closed.closedBy()).isEqualTo(MANAGER);
        assertThat(closed.zNumber()).isEqualTo("Z-MAIN-1");
        assertThat(open().close(new BigDecimal("10.00"), m("12.00"), null, CASHIER, "Z-MAIN-2", T0)
                .difference()).isEqualByComparingTo("2.00");
    }

    @Test
    void closedIsFinal() {
        TillSession closed = open().close(BigDecimal.TEN, m("10.00"), "", CASHIER, "Z-MAIN-1", T0);
        assertThatThrownBy(() -> closed.close(BigDecimal.TEN, m("10.00"), "", CASHIER, "Z-MAIN-2", T0))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).code()).isEqualTo("INVALID_SESSION_STATUS");
        assertThatThrownBy(() -> CashMovement.make(UUID.randomUUID(), closed, CashMovementKind.PAY_IN, m("1.00"),
                "x", CASHIER, Role.CASHIER, SETTINGS, T0))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void closingNeedsACount() {
        assertThatThrownBy(() -> open().close(BigDecimal.TEN, null, "", CASHIER, "Z-MAIN-1", T0))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aCashierUsesOnlyTheirOwnSessionManagersAnyones() {
        TillSession s = open();
        assertThat(s.usableBy(CASHIER, Role.CASHIER)).isTrue();
        assertThat(s.usableBy(UserId.of(UUID.randomUUID()), Role.CASHIER)).isFalse();
        assertThat(s.usableBy(MANAGER, Role.MANAGER)).isTrue();
        assertThat(s.usableBy(MANAGER, Role.OWNER)).isTrue();
        assertThatThrownBy(() -> s.requireUsableBy(MANAGER, Role.CASHIER))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aMovementNeedsAnAmountAboveZeroAndAReason() {
        TillSession s = open();
        assertThatThrownBy(() -> CashMovement.make(UUID.randomUUID(), s, CashMovementKind.PAY_IN, m("0.00"),
                "bank", CASHIER, Role.CASHIER, SETTINGS, T0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CashMovement.make(UUID.randomUUID(), s, CashMovementKind.PAY_OUT, m("5.00"),
                "  ", CASHIER, Role.CASHIER, SETTINGS, T0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CashMovement.make(UUID.randomUUID(), s, CashMovementKind.PAY_OUT, m("5.00"),
                null, CASHIER, Role.CASHIER, SETTINGS, T0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aCashierPaysOutUpToTheLimitAndAManagerBeyondItAsApprover() {
        TillSession s = open();
        CashMovement atLimit = CashMovement.make(UUID.randomUUID(), s, CashMovementKind.PAY_OUT, m("50.00"),
                "milk supplier", CASHIER, Role.CASHIER, SETTINGS, T0);
        assertThat(atLimit.approvedBy()).isNull();
        assertThatThrownBy(() -> CashMovement.make(UUID.randomUUID(), s, CashMovementKind.PAY_OUT, m("50.01"),
                "milk supplier", CASHIER, Role.CASHIER, SETTINGS, T0)).isInstanceOf(PermissionDeniedException.class);
        CashMovement big = CashMovement.make(UUID.randomUUID(), s, CashMovementKind.PAY_OUT, m("80.00"),
                "rent", MANAGER, Role.MANAGER, SETTINGS, T0);
        assertThat(big.approvedBy()).isEqualTo(MANAGER);
        CashMovement payIn = CashMovement.make(UUID.randomUUID(), s, CashMovementKind.PAY_IN, m("500.00"),
                "change from the bank", CASHIER, Role.CASHIER, SETTINGS, T0);
        assertThat(payIn.approvedBy()).isNull();
    }

    @Test
    void aCashierMovesCashOnlyInTheirOwnSession() {
        TillSession s = open();
        assertThatThrownBy(() -> CashMovement.make(UUID.randomUUID(), s, CashMovementKind.PAY_IN, m("5.00"),
                "x", UserId.of(UUID.randomUUID()), Role.CASHIER, SETTINGS, T0))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void anOldOpenSessionIsStaleButNeverClosesByItself() {
        TillSession s = open();
        assertThat(s.isStale(T0.plus(Duration.ofHours(23)), Duration.ofHours(24))).isFalse();
        assertThat(s.isStale(T0.plus(Duration.ofHours(25)), Duration.ofHours(24))).isTrue();
        assertThat(s.status()).isEqualTo(SessionStatus.OPEN);
    }

    @Test
    void zNumbersArePerStorefrontCode() {
        assertThat(TillSession.zNumber("MAIN", 3)).isEqualTo("Z-MAIN-3");
    }
}
