package io.salescore.adapter.http.audit;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.audit.port.in.ReadAuditLogUseCase;
import io.salescore.application.audit.port.AuditEntry;
import io.salescore.domain.access.Actor;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** {@code /sales/api/audit-logs/}: the append-only log, newest first, shaped like the seed's example entry. */
public final class AuditLogRoutes implements Routes {

    private final ReadAuditLogUseCase audit;
    private final Function<Actor, ZoneId> businessZone;

    public AuditLogRoutes(ReadAuditLogUseCase audit, Function<Actor, ZoneId> businessZone) {
        this.audit = audit;
        this.businessZone = businessZone;
    }

    record EntryBody(UUID id, long sequence, String eventType, Instant timestamp, UUID user, String userName,
                     UUID sale, UUID saleItem, UUID customer, UUID payment, Map<String, Object> eventData,
                     String description, String ipAddress, String userAgent) {
        static EntryBody of(AuditEntry e) {
            return new EntryBody(e.id(), e.sequence(), e.eventType(), Json.time(e.timestamp()), e.user(), e.userName(),
                    e.sale(), e.saleItem(), e.customer(), e.payment(), e.eventData(), e.description(), e.ipAddress(),
                    e.userAgent());
        }
    }

    @Override
    public void register(RouteRegistry api) {
        api.get("/sales/api/audit-logs/", this::list);
        api.get("/sales/api/audit-logs/{id}/", (ctx, actor) ->
                Json.ok(ctx, EntryBody.of(audit.get(actor, Params.pathId(ctx, "id")))));
    }

    private void list(Context ctx, Actor actor) {
        ZoneId zone = ctx.queryParam("date_from") == null && ctx.queryParam("date_to") == null
                ? ZoneId.of("UTC") : businessZone.apply(actor);
        var query = new ReadAuditLogUseCase.Query(Params.uuid(ctx, "sale"), Params.text(ctx, "event_type"),
                Params.uuid(ctx, "customer"), Params.uuid(ctx, "user"), Params.dateBound(ctx, "date_from", zone, false),
                Params.dateBound(ctx, "date_to", zone, true));
        Paging.write(ctx, audit.list(actor, query, Paging.request(ctx)).map(EntryBody::of));
    }
}
