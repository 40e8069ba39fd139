package io.salescore.adapter.http.session;

import io.salescore.adapter.http.common.Inputs;
import io.salescore.adapter.http.common.BodyField;
import io.salescore.adapter.http.common.BodyBinder;
import io.salescore.application.session.port.Filter;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.HttpError;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.session.port.in.TillSessionsUseCase;
import io.salescore.application.session.port.in.TillSessionsUseCase.SessionView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.session.CashMovement;
import io.salescore.domain.session.CashMovementKind;
import io.salescore.domain.session.SessionStatus;
import io.salescore.domain.session.TillSession;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** {@code /sales/api/sessions/}: till sessions, their cash movements, X/Z reports (JSON or 80 mm HTML) and close. */
public final class SessionRoutes implements Routes {

    /** The most counts a close names: one per payment method ({@code BodySchemaTest} holds it to the enum). */
    public static final int METHODS = 5;
    private static final String LIST = "/sales/api/sessions/";
    private static final String ONE = "/sales/api/sessions/{id}/";

    private final TillSessionsUseCase sessions;
    private final Function<Actor, ZoneId> businessZone;

    public SessionRoutes(TillSessionsUseCase sessions, Function<Actor, ZoneId> businessZone) {
        this.sessions = sessions;
        this.businessZone = businessZone;
    }

    record SessionBody(UUID id, UUID storefront, String storefrontName, UUID user, String userName, String status,
                       String openingFloat, Instant openedAt, Instant closedAt, String expectedCash,
                       String countedCash, String difference, String closingNote, UUID closedBy, String zNumber,
                       boolean stale) {

        static SessionBody of(SessionView v) {
            TillSession s = v.session();
            return new SessionBody(s.id(), s.storefront().value(), v.storefrontName(), s.user().value(), v.userName(),
                    s.status().name(), s.openingFloat().toString(), Json.time(s.openedAt()), Json.time(s.closedAt()),
                    money(v.expectedCash()), s.countedCash() == null ? null : s.countedCash().toString(),
                    money(s.difference()), s.closingNote(), s.closedBy() == null ? null : s.closedBy().value(),
                    s.zNumber(), v.stale());
        }
    }

    record MovementBody(UUID id, UUID session, String kind, String amount, String reason, UUID user, UUID approvedBy,
                        Instant createdAt) {

        static MovementBody of(CashMovement m) {
            return new MovementBody(m.id(), m.session(), m.kind().name(), m.amount().toString(), m.reason(),
                    m.user().value(), m.approvedBy() == null ? null : m.approvedBy().value(), Json.time(m.createdAt()));
        }
    }

    record MethodBody(String method, String taken, String refunded, String net) {
    }

    record CountedBody(String method, String expected, String counted, String difference) {
    }

    record Sales(long count, String total) {
    }

    /** {@code total} = Σ paid_out of the session's refunds; {@code credited} = Σ their credit parts, apart. */
    record Refunds(long count, String total, String credited) {
    }

    record ReportBody(String kind, String title, boolean reprint, SessionBody session, Sales sales,
                      List<MethodBody> payments, String changeGiven, List<MovementBody> cashMovements, String payIns,
                      String payOuts, Refunds refunds, long abandonedDrafts, String discountsGiven, String expectedCash,
                      String countedCash, String difference, List<CountedBody> counted) {

        static ReportBody of(TillSessionsUseCase.Report r) {
            String title = "X".equals(r.kind()) ? "X report" : "Z report " + r.session().session().zNumber();
            return new ReportBody(r.kind(), title, r.reprint(), SessionBody.of(r.session()),
                    new Sales(r.salesCount(), money(r.salesTotal())),
                    r.payments().stream().map(p -> new MethodBody(p.method().name(), money(p.taken()),
                            money(p.refunded()), money(p.net()))).toList(),
                    money(r.changeGiven()), r.cashMovements().stream().map(MovementBody::of).toList(),
                    money(r.payIns()), money(r.payOuts()),
                    new Refunds(r.refundsCount(), money(r.refundsTotal()), money(r.refundsCredited())),
                    r.abandonedDrafts(), money(r.discountsGiven()),
                    money(r.expectedCash()), money(r.countedCash()), money(r.difference()),
                    r.counted().stream().map(c -> new CountedBody(c.method().name(), money(c.expected()),
                            money(c.counted()), money(c.difference()))).toList());
        }
    }

    static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public void register(RouteRegistry api) {
        api.post(LIST, this::open);
        api.get(LIST, this::list);
        api.get(LIST + "current/", (ctx, actor) -> Json.ok(ctx, SessionBody.of(sessions.current(actor,
                StorefrontId.of(Params.uuid(ctx, "storefront").orElseThrow(() ->
                        HttpError.badQueryParameter("storefront", "This parameter is required.")))))));
        api.get(ONE, (ctx, actor) -> Json.ok(ctx, SessionBody.of(sessions.get(actor, id(ctx)))));
        api.post(ONE + "cash_movements/", this::move);
        api.post(ONE + "close/", this::close);
        api.get(ONE + "report/", this::report);
    }

    private static UUID id(Context ctx) {
        return Params.pathId(ctx, "id");
    }

    /** {@code POST /sessions/}: open a till session with its float. */
    public record OpenSessionRequest(@BodyField(required = true) UUID storefront,
                                     @BodyField(required = true) Money openingFloat) {
    }

    /** {@code POST /sessions/{id}/cash_movements/}. */
    public record CashMovementRequest(@BodyField(required = true) CashMovementKind kind,
                                      @BodyField(required = true, nonZero = true) Money amount,
                                      @BodyField(required = true, max = CashMovement.REASON_MAX) String reason) {
    }

    /** {@code POST /sessions/{id}/close/}: the counted cash, and the other methods' counts. */
    public record CloseSessionRequest(@BodyField(required = true) Money countedCash,
                                      @BodyField(max = METHODS) List<Counted> counted,
                                      @BodyField(max = TillSession.NOTE_MAX) String note) {

        /** What was counted of one method. */
        public record Counted(@BodyField(required = true) PaymentMethod method,
                              @BodyField(required = true) Money amount) {
        }
    }

    private void open(Context ctx, Actor actor) {
        var r = BodyBinder.read(ctx, OpenSessionRequest.class);
        Json.created(ctx, SessionBody.of(sessions.open(actor, StorefrontId.of(r.storefront()), r.openingFloat())));
    }

    private void list(Context ctx, Actor actor) {
        ZoneId zone = ctx.queryParam("date_from") == null && ctx.queryParam("date_to") == null
                ? ZoneId.of("UTC") : businessZone.apply(actor);
        Optional<UserId> user = Params.userOrMe(ctx, "user", actor.userId());
        List<SessionStatus> status = Params.enums(ctx, "status", SessionStatus.class);
        var filter = new Filter(status.size() == 1 ? status.get(0) : null,
                Params.uuid(ctx, "storefront").map(StorefrontId::of).orElse(null), user.orElse(null),
                Params.dateBound(ctx, "date_from", zone, false).orElse(null),
                Params.dateBound(ctx, "date_to", zone, true).orElse(null),
                Params.bool(ctx, "stale").orElse(false));
        Paging.write(ctx, sessions.list(actor, filter, Paging.request(ctx)).map(SessionBody::of));
    }

    private void move(Context ctx, Actor actor) {
        var movement = Inputs.read(ctx, CashMovementRequest.class,
                r -> new TillSessionsUseCase.Movement(r.kind(), r.amount(), r.reason()));
        Json.created(ctx, MovementBody.of(sessions.moveCash(actor, id(ctx), movement)));
    }

    private void close(Context ctx, Actor actor) {
        var command = Inputs.read(ctx, CloseSessionRequest.class, r -> new TillSessionsUseCase.CloseCommand(
                r.countedCash(), r.counted() == null ? List.of() : r.counted().stream()
                        .map(c -> new TillSessionsUseCase.Counted(c.method(), c.amount())).toList(),
                r.note() == null ? "" : r.note()));
        Json.ok(ctx, SessionBody.of(sessions.close(actor, id(ctx), command)));
    }

    private void report(Context ctx, Actor actor) {
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
        if (!format.equals("json") && !format.equals("html")) {
            throw HttpError.badQueryParameter("format", "Must be json or html.");
        }
        boolean html = format.equals("html");
        ReportBody body = ReportBody.of(sessions.report(actor, id(ctx), html));
        if (html) {
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.attribute(Json.RESPONDED, Boolean.TRUE);
            ctx.status(200).contentType("text/html; charset=utf-8")
                    .result(SessionReportHtml.render(body, businessZone.apply(actor)));
        } else {
            Json.ok(ctx, body);
        }
    }
}
