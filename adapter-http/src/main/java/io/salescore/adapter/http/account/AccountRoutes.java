package io.salescore.adapter.http.account;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.JsonBody;
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

    private void register(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String name = body.text("name", 255).orElse(null);
        String email = body.text("email", 255).orElse(null);
        String password = body.text("password", 255).orElse(null);
        String businessName = body.text("business_name", 255).orElse(null);
        String currency = body.text("currency", 3).orElse(null);
        String timezone = body.text("timezone", 64).orElse(null);
        body.validate();
        var session = register.register(new RegisterCommand(name, email, password, businessName, currency, timezone));
        Json.created(ctx, AccountJson.SessionJson.of(session));
    }

    private void login(Context ctx, String address) {
        JsonBody body = JsonBody.of(ctx);
        String email = body.text("email", 255).orElse(null);
        String password = body.text("password", 255).orElse(null);
        body.validate();
        Json.ok(ctx, AccountJson.SessionJson.of(login.login(new LoginCommand(email, password, address))));
    }

    private void logout(Context ctx, Actor actor) {
        logout.logout(RouteRegistry.tokenOf(ctx));
        ctx.status(204);
    }
}
