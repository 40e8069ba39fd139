package io.salescore.adapter.http.account;

import io.salescore.adapter.http.common.BodyField;
import io.salescore.adapter.http.common.BodyBinder;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.account.port.in.ChangePasswordCommand;
import io.salescore.application.account.port.in.ChangePasswordUseCase;
import io.salescore.application.account.port.in.ManageTokensUseCase;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.UUID;

/**
 * Credentials: {@code POST /accounts/api/me/password/}, the caller's tokens ({@code /accounts/api/me/tokens/}) and a
 * member's ({@code /accounts/api/staff/{user_id}/tokens/}).
 */
public final class CredentialRoutes implements Routes {

    private final ChangePasswordUseCase changePassword;
    private final ManageTokensUseCase tokens;

    public CredentialRoutes(ChangePasswordUseCase changePassword, ManageTokensUseCase tokens) {
        this.changePassword = changePassword;
        this.tokens = tokens;
    }

    /** A token as listed: never the secret itself. */
    record TokenJson(UUID id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, boolean current) {
        static TokenJson of(ManageTokensUseCase.TokenView t) {
            return new TokenJson(t.id(), Json.time(t.createdAt()), Json.time(t.lastUsedAt()),
                    Json.time(t.expiresAt()), t.current());
        }
    }

    @Override
    public void register(RouteRegistry api) {
        api.post("/accounts/api/me/password/", this::changePassword);
        api.get("/accounts/api/me/tokens/", (ctx, actor) -> list(ctx, actor, actor.userId()));
        api.delete("/accounts/api/me/tokens/{token_id}/", (ctx, actor) -> revoke(ctx, actor, actor.userId()));
        api.get("/accounts/api/staff/{user_id}/tokens/", (ctx, actor) -> list(ctx, actor, member(ctx)));
        api.delete("/accounts/api/staff/{user_id}/tokens/{token_id}/",
                (ctx, actor) -> revoke(ctx, actor, member(ctx)));
    }

    /** {@code POST /me/password/}: the use case reports missing fields with the password rules. */
    public record ChangePasswordRequest(@BodyField(requiredLater = true) String currentPassword,
                                        @BodyField(requiredLater = true) String newPassword) {
    }

    private void changePassword(Context ctx, Actor actor) {
        var r = BodyBinder.read(ctx, ChangePasswordRequest.class);
        changePassword.change(actor, RouteRegistry.tokenOf(ctx), new ChangePasswordCommand(r.currentPassword(),
                r.newPassword()));
        ctx.status(204);
    }

    private void list(Context ctx, Actor actor, UserId owner) {
        Paging.write(ctx, tokens.list(actor, owner, RouteRegistry.tokenOf(ctx), Paging.request(ctx))
                .map(TokenJson::of));
    }

    private void revoke(Context ctx, Actor actor, UserId owner) {
        tokens.revoke(actor, owner, Params.pathId(ctx, "token_id"));
        ctx.status(204);
    }

    private static UserId member(Context ctx) {
        return UserId.of(Params.pathId(ctx, "user_id"));
    }
}
