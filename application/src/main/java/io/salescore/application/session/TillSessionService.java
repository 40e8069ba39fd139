package io.salescore.application.session;

import io.salescore.application.common.Input;
import io.salescore.application.session.port.CountedLine;
import io.salescore.application.session.port.Filter;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.business.port.out.BusinessRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.StorefrontScope;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.application.session.port.in.TillSessionsUseCase;
import io.salescore.application.session.port.out.SessionFigures;
import io.salescore.application.session.port.out.TillSessionRepository;
import io.salescore.application.session.port.out.TillSessionRepository.Row;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.session.CashFigures;
import io.salescore.domain.session.CashMovement;
import io.salescore.domain.session.CashMovementKind;
import io.salescore.domain.session.TillSession;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Till sessions, one transaction per use case. Closing takes the session row FOR UPDATE, so money attributed to
 * the session (which takes the same row FOR SHARE) is either committed before the Z figures are summed or finds
 * the session CLOSED and goes to no session. Close: lock, figures, Z number, close, audit (5 statements).
 */
public final class TillSessionService implements TillSessionsUseCase {

    private final UnitOfWork tx;
    private final TillSessionRepository sessions;
    private final StorefrontRepository storefronts;
    private final BusinessRepository businesses;
    private final AuditLogRepository audit;
    private final IdGenerator ids;
    private final Clock clock;
    private final Duration maxAge;

    public TillSessionService(UnitOfWork tx, TillSessionRepository sessions, StorefrontRepository storefronts,
                              BusinessRepository businesses, AuditLogRepository audit, IdGenerator ids, Clock clock,
                              Duration maxAge) {
        this.tx = tx;
        this.sessions = sessions;
        this.storefronts = storefronts;
        this.businesses = businesses;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public SessionView open(Actor actor, StorefrontId storefront, Money openingFloat) {
        return tx.inTransaction(() -> {
            Storefront shop = storefronts.find(actor.businessId(), storefront)
                    .orElseThrow(() -> ValidationException.field("storefront", "Not found."));
            actor.requireStorefront(storefront);
            if (!shop.active()) {
                throw ValidationException.field("storefront", "This storefront is inactive.");
            }
            Instant now = clock.instant();
            TillSession session = TillSession.open(ids.newId(), storefront, actor.userId(), openingFloat, now);
            if (!sessions.insertIfNoneOpen(actor.businessId(), session)) {
                throw new ConflictException("SESSION_ALREADY_OPEN",
                        "You already have an open session at this storefront.", Map.of("storefront",
                        storefront.value().toString()));
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("session_id", session.id().toString());
            data.put("opening_float", openingFloat.toString());
            audit.append(actor, now, List.of(AuditEvent.of("session.opened", "Till session opened with a float of "
                    + openingFloat, data).withStorefront(storefront)));
            return view(sessions.find(actor.businessId(), session.id()).orElseThrow(), now);
        });
    }

    @Override
    public Page<SessionView> list(Actor actor, Filter filter, PageRequest page) {
        return tx.read(() -> {
            if (!StorefrontScope.admitsFilter(actor, filter.storefront(), storefronts)) {
                return StorefrontScope.nothing(page);
            }
            Filter scoped = actor.role() == Role.CASHIER
                    ? new Filter(filter.status(), filter.storefront(), actor.userId(), filter.from(), filter.to(),
                    filter.staleOnly())
                    : filter;
            if (actor.role() == Role.CASHIER && filter.user() != null && !filter.user().equals(actor.userId())) {
                return StorefrontScope.nothing(page);
            }
            Instant now = clock.instant();
            Instant staleBefore = filter.staleOnly() ? now.minus(maxAge) : null;
            return sessions.list(actor.businessId(), scoped, StorefrontScope.of(actor), staleBefore, page)
                    .map(r -> view(r, now));
        });
    }

    @Override
    public SessionView current(Actor actor, StorefrontId storefront) {
        actor.requireStorefront(storefront);
        return tx.read(() -> sessions.findOpen(actor.businessId(), actor.userId(), storefront)
                .map(r -> view(r, clock.instant())).orElseThrow(NotFoundException::new));
    }

    @Override
    public SessionView get(Actor actor, UUID id) {
        return tx.read(() -> view(visible(actor, sessions.find(actor.businessId(), id)), clock.instant()));
    }

    @Override
    public CashMovement moveCash(Actor actor, UUID id, Input<Movement> input) {
        return tx.inTransaction(() -> {
            Row row = visible(actor, sessions.lockForUpdate(actor.businessId(), id), input);
            Movement m = input.get();
            CashMovementKind kind = m.kind();
            Money amount = m.amount();
            String reason = m.reason();
            Instant now = clock.instant();
            CashMovement movement = CashMovement.make(ids.newId(), row.session(), kind, amount, reason,
                    actor.userId(), actor.role(), businesses.settings(actor.businessId()), now);
            sessions.insertMovement(actor.businessId(), movement);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("session_id", id.toString());
            data.put("session_user_id", row.session().user().value().toString());
            data.put("movement_id", movement.id().toString());
            data.put("kind", kind.name());
            data.put("amount", amount.toString());
            data.put("reason", movement.reason());
            data.put("approved_by", movement.approvedBy() == null ? null : movement.approvedBy().value().toString());
            audit.append(actor, now, List.of(AuditEvent.of("session.cash_moved", kind + " of " + amount + ": "
                    + movement.reason(), data).withStorefront(row.session().storefront())));
            return movement;
        });
    }

    @Override
    public SessionView close(Actor actor, UUID id, Input<CloseCommand> input) {
        return tx.inTransaction(() -> {
            Row row = visible(actor, sessions.lockForUpdate(actor.businessId(), id), input);
            CloseCommand command = input.get();
            TillSession session = row.session();
            session.requireOpen();
            SessionFigures figures = sessions.figures(actor.businessId(), id);
            BigDecimal expected = figures.cash(session.openingFloat()).expectedCash(row.cashRounding());
            List<CountedLine> counted = counted(figures, command.counted());
            long n = sessions.nextZ(actor.businessId(), session.storefront());
            Instant now = clock.instant();
            TillSession closed = session.close(expected, command.countedCash(), command.note(), actor.userId(),
                    TillSession.zNumber(row.storefrontCode(), n), now);
            sessions.close(actor.businessId(), closed, figures, counted);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("session_id", id.toString());
            data.put("session_user_id", session.user().value().toString());
            data.put("z_number", closed.zNumber());
            data.put("expected_cash", expected.toPlainString());
            data.put("counted_cash", closed.countedCash().toString());
            data.put("difference", closed.difference().toPlainString());
            audit.append(actor, now, List.of(AuditEvent.of("session.closed", "Till session closed as "
                    + closed.zNumber() + ": expected " + expected.toPlainString() + ", counted "
                    + closed.countedCash() + ", difference " + closed.difference().toPlainString(), data)
                    .withStorefront(session.storefront())));
            Row after = new Row(closed, row.storefrontName(), row.storefrontCode(), row.userName(),
                    row.cashRounding(), figures, counted, 0);
            return view(after, now);
        });
    }

    @Override
    public Report report(Actor actor, UUID id, boolean printed) {
        return tx.inTransaction(() -> {
            Row row = visible(actor, sessions.find(actor.businessId(), id));
            TillSession s = row.session();
            Instant now = clock.instant();
            SessionFigures f = row.figures();
            SessionView view = view(row, now);
            int before = printed && !s.isOpen() ? sessions.printed(actor.businessId(), id) : row.printCount();
            List<MethodLine> methods = new ArrayList<>();
            for (PaymentMethod m : PaymentMethod.values()) {
                BigDecimal taken = f.taken(m);
                BigDecimal refunded = f.refunded(m);
                if (taken.signum() != 0 || refunded.signum() != 0) {
                    methods.add(new MethodLine(m, taken, refunded, f.expectedOther(m)));
                }
            }
            return new Report(s.isOpen() ? "X" : "Z", view, f.salesCount(), f.salesTotal(), methods,
                    f.changeGiven(), sessions.movements(actor.businessId(), id), f.payIns(), f.payOuts(),
                    f.refundsCount(), f.refundsTotal(), f.refundsCredited(), f.abandonedDrafts(), f.discountsGiven(), view.expectedCash(),
                    s.isOpen() ? null : s.countedCash().amount(), s.isOpen() ? null : s.difference(),
                    s.isOpen() ? List.of() : row.counted(), !s.isOpen() && before > 0);
        });
    }

    /** The expected figure per counted non-cash method. */
    private static List<CountedLine> counted(SessionFigures figures, List<Counted> counts) {
        Map<PaymentMethod, Money> byMethod = new EnumMap<>(PaymentMethod.class);
        for (Counted c : counts == null ? List.<Counted>of() : counts) {
            if (c.method() == PaymentMethod.CASH) {
                throw ValidationException.field("counted", "Cash is counted in counted_cash.");
            }
            if (byMethod.put(c.method(), c.amount()) != null) {
                throw ValidationException.field("counted", "Each method may be counted once.");
            }
        }
        List<CountedLine> lines = new ArrayList<>();
        byMethod.forEach((m, amount) -> {
            BigDecimal expected = figures.expectedOther(m);
            lines.add(new CountedLine(m, expected, amount.amount(), CashFigures.difference(amount, expected)));
        });
        return lines;
    }

    /** The session if the caller may see it: its storefront theirs, and for a CASHIER their own. */
    private static Row visible(Actor actor, java.util.Optional<Row> found) {
        return visible(actor, found, Input.of(Boolean.TRUE));
    }

    /** 404, then the body must parse, then the caller's scope (403): http-api.md's precedence. */
    private static Row visible(Actor actor, java.util.Optional<Row> found, Input<?> body) {
        Row row = found.orElseThrow(NotFoundException::new);
        body.requireParsable();
        actor.requireStorefront(row.session().storefront());
        if (!row.session().usableBy(actor.userId(), actor.role())) {
            throw new PermissionDeniedException("A cashier may use only their own session.");
        }
        return row;
    }

    private SessionView view(Row row, Instant now) {
        TillSession s = row.session();
        BigDecimal expected = s.isOpen() ? row.figures().cash(s.openingFloat()).expectedCash(row.cashRounding())
                : s.expectedCash();
        return new SessionView(s, row.storefrontName(), row.storefrontCode(), row.userName(), expected,
                s.isStale(now, maxAge));
    }
}
