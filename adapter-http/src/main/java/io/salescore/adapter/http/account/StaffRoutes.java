package io.salescore.adapter.http.account;

import java.util.UUID;
import io.salescore.adapter.http.common.BodyField;
import io.salescore.adapter.http.common.Inputs;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.account.port.in.CreateStaffCommand;
import io.salescore.application.account.port.in.CreateStaffUseCase;
import io.salescore.application.account.port.in.DeactivateStaffUseCase;
import io.salescore.application.account.port.in.GetStaffUseCase;
import io.salescore.application.account.port.in.ListStaffUseCase;
import io.salescore.application.account.port.StaffQuery;
import io.salescore.application.account.port.in.UpdateStaffCommand;
import io.salescore.application.account.port.in.UpdateStaffUseCase;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.util.List;

/** {@code /accounts/api/staff/}: OWNER and ADMIN manage the business's members (an ADMIN only MANAGERs and CASHIERs). */
public final class StaffRoutes implements Routes {

    private static final String LIST = "/accounts/api/staff/";
    private static final String ONE = "/accounts/api/staff/{user_id}/";
    /** The most storefronts one member may be given. */
    private static final int MAX_STOREFRONTS = 1000;

    private final ListStaffUseCase list;
    private final GetStaffUseCase get;
    private final CreateStaffUseCase create;
    private final UpdateStaffUseCase update;
    private final DeactivateStaffUseCase deactivate;

    public StaffRoutes(ListStaffUseCase list, GetStaffUseCase get, CreateStaffUseCase create,
                       UpdateStaffUseCase update, DeactivateStaffUseCase deactivate) {
        this.list = list;
        this.get = get;
        this.create = create;
        this.update = update;
        this.deactivate = deactivate;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get(LIST, this::list);
        api.post(LIST, this::create);
        api.get(ONE, (ctx, actor) -> Json.ok(ctx, StaffJson.of(get.get(actor, id(ctx)))));
        api.patch(ONE, this::update);
        api.delete(ONE, (ctx, actor) -> {
            deactivate.deactivate(actor, id(ctx));
            ctx.status(204);
        });
    }

    private static UserId id(Context ctx) {
        return UserId.of(Params.pathId(ctx, "user_id"));
    }

    private void list(Context ctx, Actor actor) {
        StaffQuery query = new StaffQuery(Params.text(ctx, "search").orElse(null),
                Params.enums(ctx, "role", Role.class),
                Params.uuid(ctx, "storefront").map(StorefrontId::of).orElse(null), Params.active(ctx).flag());
        Paging.write(ctx, list.list(actor, query, Paging.request(ctx)).map(StaffJson::of));
    }

    /** The roles these endpoints give: OWNER is not one of them. */
    public enum AssignableRole {
        ADMIN, MANAGER, CASHIER;

        static Role role(AssignableRole role) {
            return role == null ? null : Role.valueOf(role.name());
        }
    }

    /** {@code POST /staff/}: the password's rules are the domain's. */
    public record StaffCreateRequest(@BodyField(required = true) String name, @BodyField(required = true) String email,
                                     @BodyField(required = true, blankAllowed = true) String password,
                                     @BodyField(required = true) AssignableRole role,
                                     @BodyField(max = MAX_STOREFRONTS) List<UUID> storefronts) {
    }

    /** {@code PATCH /staff/{user_id}/}. */
    public record StaffUpdateRequest(String name, String email, String password, AssignableRole role,
                                     @BodyField(max = MAX_STOREFRONTS) List<UUID> storefronts, Boolean isActive) {
    }

    /** An unparsable body is answered before the role check, the fields after it (http-api.md precedence). */
    private void create(Context ctx, Actor actor) {
        var command = Inputs.read(ctx, StaffCreateRequest.class, r -> new CreateStaffCommand(r.name(), r.email(),
                r.password(), AssignableRole.role(r.role()), storefronts(r.storefronts())));
        command.requireParsable();
        StaffMember.requireStaffManager(actor);
        Json.created(ctx, StaffJson.of(create.create(actor, command.get())));
    }

    private void update(Context ctx, Actor actor) {
        UserId id = id(ctx);
        var command = Inputs.read(ctx, StaffUpdateRequest.class, r -> new UpdateStaffCommand(r.name(), r.email(),
                r.password(), AssignableRole.role(r.role()), storefronts(r.storefronts()), r.isActive()));
        update.checkAccess(actor, id, command);
        Json.ok(ctx, StaffJson.of(update.update(actor, id, command.get())));
    }

    private static List<StorefrontId> storefronts(List<UUID> ids) {
        return ids == null ? null : ids.stream().map(StorefrontId::of).toList();
    }
}
