package io.salescore.application.account.port.in;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.UUID;

/**
 * The API tokens that still work: one's own ({@code /me/tokens/}), and a member's for those who manage them
 * ({@code /staff/{id}/tokens/}: the OWNER anyone's, an ADMIN only MANAGERs' and CASHIERs').
 */
public interface ManageTokensUseCase {

    /** A token as shown (never the secret): {@code expiresAt} is when it stops working unless used again. */
    record TokenView(UUID id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, boolean current) {
    }

    /** The tokens of {@code owner}, newest first; {@code rawToken} (the presented one) is marked current. */
    Page<TokenView> list(Actor actor, UserId owner, String rawToken, PageRequest page);

    /** Revokes one token of {@code owner}: 404 when it has no such live token. */
    void revoke(Actor actor, UserId owner, UUID tokenId);
}
