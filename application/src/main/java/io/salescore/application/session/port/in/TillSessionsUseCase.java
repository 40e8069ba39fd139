package io.salescore.application.session.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.session.port.Filter;
import io.salescore.application.session.port.CountedLine;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.session.CashMovement;
import io.salescore.domain.session.CashMovementKind;
import io.salescore.domain.session.TillSession;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Till sessions (domain.md "Till sessions (shifts) and the cash drawer"): open a drawer with a float, move cash
 * in and out of it, read its X report while OPEN, close it with a count (the Z report is stored then).
 */
public interface TillSessionsUseCase {

    /** A session with its names; {@code expectedCash} live while OPEN, frozen once CLOSED. */
    record SessionView(TillSession session, String storefrontName, String storefrontCode, String userName,
                       BigDecimal expectedCash, boolean stale) {
    }

    record Counted(PaymentMethod method, Money amount) {
    }

    record CloseCommand(Money countedCash, List<Counted> counted, String note) {
    }

    /** A PAY_IN or PAY_OUT with its reason. */
    record Movement(CashMovementKind kind, Money amount, String reason) {
    }

    /** One method's line: what it took, what refunds attributed to the session paid out by it, and the net. */
    record MethodLine(PaymentMethod method, BigDecimal taken, BigDecimal refunded, BigDecimal net) {
    }

    /**
     * The X report (OPEN) or the Z report (CLOSED, as stored at close); {@code printCount} before this read.
     * {@code refundsTotal} = Σ paid_out of the refunds attributed to the session, {@code refundsCredited} = Σ their
     * credit parts (taken off amounts due, listed apart).
     */
    record Report(String kind, SessionView session, long salesCount, BigDecimal salesTotal, List<MethodLine> payments,
                  BigDecimal changeGiven, List<CashMovement> cashMovements, BigDecimal payIns, BigDecimal payOuts,
                  long refundsCount, BigDecimal refundsTotal, BigDecimal refundsCredited, long abandonedDrafts, BigDecimal discountsGiven, BigDecimal expectedCash, BigDecimal countedCash,
                  BigDecimal difference, List<CountedLine> counted, boolean reprint) {
    }

    SessionView open(Actor actor, StorefrontId storefront, Money openingFloat);

    Page<SessionView> list(Actor actor, Filter filter, PageRequest page);

    SessionView current(Actor actor, StorefrontId storefront);

    SessionView get(Actor actor, UUID id);

    /** 404 for an unknown session, then an unparsable body, then 403 for one not the caller's, then the fields. */
    CashMovement moveCash(Actor actor, UUID session, Input<Movement> movement);

    /** In the order of {@link #moveCash}. */
    SessionView close(Actor actor, UUID session, Input<CloseCommand> command);

    /** {@code printed}: the caller prints it (HTML); the first print of a Z report is the original, later ones reprints. */
    Report report(Actor actor, UUID session, boolean printed);
}
