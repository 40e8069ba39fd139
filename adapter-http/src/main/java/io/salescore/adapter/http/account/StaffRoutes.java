package io.salescore.adapter.http.account;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.JsonBody;
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
import java.util.Optional;

/** {@code /accounts/api/staff/}: OWNER and ADMIN manage the business's members (an ADMIN only MANAGERs and CASHIERs). */
public final class StaffRoutes implements Routes {

    private static final String LIST = "/accounts/api/staff/";
    private static final String ONE = "/accounts/api/staff/{user_id}/";
    private static final List<Role> ASSIGNABLE = List.of(Role.ADMIN, Role.MANAGER, Role.CASHIER);

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

    private void create(Context ctx, Actor actor) {
        StaffMember.requireStaffManager(actor);
        JsonBody body = JsonBody.of(ctx);
        String name = body.requiredText("name", 255);
        String email = body.requiredText("email", 255);
        String password = body.text("password", 255).orElse(null);
        Role role = role(body).orElse(null);
        List<StorefrontId> storefronts = storefronts(body);
        if (!body.has("password") || body.isNull("password")) {
            body.problem("password", "This field is required.");
        }
        if (!body.has("role") || body.isNull("role")) {
            body.problem("role", "This field is required.");
        }
        body.validate();
        var command = new CreateStaffCommand(name, email, password, role, storefronts);
        Json.created(ctx, StaffJson.of(create.create(actor, command)));
    }

    private void update(Context ctx, Actor actor) {
        UserId id = id(ctx);
        update.checkAccess(actor, id);
        JsonBody body = JsonBody.of(ctx);
        String name = body.text("name", 255).orElse(null);
        String email = body.text("email", 255).orElse(null);
        String password = body.text("password", 255).orElse(null);
        Role role = role(body).orElse(null);
        List<StorefrontId> storefronts = storefronts(body);
        Boolean active = body.bool("is_active").orElse(null);
        body.validate();
        var command = new UpdateStaffCommand(name, email, password, role, storefronts, active);
        Json.ok(ctx, StaffJson.of(update.update(actor, id, command)));
    }

    /** ADMIN, MANAGER or CASHIER: OWNER is not a role these endpoints give. */
    private static Optional<Role> role(JsonBody body) {
        Optional<String> raw = body.text("role", 255);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<Role> role = ASSIGNABLE.stream().filter(r -> r.name().equals(raw.get())).findFirst();
        if (role.isEmpty()) {
            body.problem("role", "Must be one of: ADMIN, MANAGER, CASHIER.");
        }
        return role;
    }

    private static List<StorefrontId> storefronts(JsonBody body) {
        return body.uuidList("storefronts").map(ids -> ids.stream().map(StorefrontId::of).toList()).orElse(null);
    }
}
