package io.salescore.application.account;

import io.salescore.application.account.port.in.AuthenticateUseCase;
import io.salescore.application.account.port.out.AccountRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.AuthenticationException;

/** One indexed lookup by token hash per request; no cache, so role changes and revocations apply at once. */
public final class AuthenticateService implements AuthenticateUseCase {

    private final UnitOfWork tx;
    private final AccountRepository accounts;

    public AuthenticateService(UnitOfWork tx, AccountRepository accounts) {
        this.tx = tx;
        this.accounts = accounts;
    }

    @Override
    public Actor authenticate(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 255) {
            throw AuthenticationException.invalidToken();
        }
        byte[] hash = Tokens.hash(rawToken);
        return tx.read(() -> accounts.findActorByToken(hash)).orElseThrow(AuthenticationException::invalidToken);
    }
}
