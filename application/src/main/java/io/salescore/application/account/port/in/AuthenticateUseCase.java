package io.salescore.application.account.port.in;

import io.salescore.domain.access.Actor;

/** Resolves a presented token to the caller, reading the role fresh on every request. */
public interface AuthenticateUseCase {

    /** @throws io.salescore.domain.shared.AuthenticationException {@code INVALID_TOKEN} for unknown or revoked tokens */
    Actor authenticate(String rawToken);
}
