package io.salescore.adapter.http.account;

import io.salescore.adapter.http.common.BodyField;
import io.salescore.adapter.http.common.BodyBinder;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.account.port.in.GetProfileUseCase;
import io.salescore.application.account.port.in.LoginCommand;
import io.salescore.application.account.port.in.LoginUseCase;
import io.salescore.application.account.port.in.LogoutUseCase;
import io.salescore.application.account.port.in.RegisterCommand;
import io.salescore.application.account.port.in.RegisterUseCase;
import io.salescore.domain.access.Actor;

/**
 * {@code /accounts/api/auth/...}, {@code /accounts/api/me/}, and the old backend's session-restore reads
 * {@code /accounts/api/users/me/} (the bare user) and {@code /accounts/api/users/storefronts/}.
 */
public final class AccountRoutes implements Routes {

    private final RegisterUseCase register;
    private final LoginUseCase login;
    private final LogoutUseCase logout;
    private final GetProfileUseCase profile;

    public AccountRoutes(RegisterUseCase register, LoginUseCase login, LogoutUseCase logout, GetProfileUseCase profile) {
        this.register = register;
        this.login = login;
        this.logout = logout;
        this.profile = profile;
    }

    @Override
    public void register(RouteRegistry api) {
        api.publicPost("/accounts/api/auth/register/", this::register);
        api.publicPost("/accounts/api/auth/login/", ctx -> login(ctx, api.clientAddress(ctx)));
        api.postIgnoringIdempotency("/accounts/api/auth/logout/", this::logout);
        api.get("/accounts/api/me/", (ctx, actor) -> Json.ok(ctx, AccountJson.SessionJson.of(profile.profile(actor))));
        api.get("/accounts/api/users/me/", (ctx, actor) ->
                Json.ok(ctx, AccountJson.UserJson.of(profile.profile(actor), null)));
        api.get("/accounts/api/users/storefronts/", (ctx, actor) ->
                Json.ok(ctx, AccountJson.UserStorefrontsJson.of(profile.profile(actor))));
    }

    /** {@code POST /auth/register/}: the required fields are reported by the use case with their other rules. */
    public record RegisterRequest(@BodyField(requiredLater = true) String name,
                                  @BodyField(requiredLater = true) String email,
                                  @BodyField(requiredLater = true) String password,
                                  @BodyField(requiredLater = true) String businessName,
                                  @BodyField(max = 3) String currency, @BodyField(max = 64) String timezone) {
    }

    /** {@code POST /auth/login/}. */
    public record LoginRequest(@BodyField(requiredLater = true) String email,
                               @BodyField(requiredLater = true) String password) {
    }

    private void register(Context ctx) {
        var r = BodyBinder.read(ctx, RegisterRequest.class);
        var session = register.register(new RegisterCommand(r.name(), r.email(), r.password(), r.businessName(),
                r.currency(), r.timezone()));
        Json.created(ctx, AccountJson.SessionJson.of(session));
    }

    private void login(Context ctx, String address) {
        var r = BodyBinder.read(ctx, LoginRequest.class);
        Json.ok(ctx, AccountJson.SessionJson.of(login.login(new LoginCommand(r.email(), r.password(), address))));
    }

    private void logout(Context ctx, Actor actor) {
        logout.logout(RouteRegistry.tokenOf(ctx));
        ctx.status(204);
    }
}
