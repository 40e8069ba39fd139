package io.salescore.application.account;

import io.salescore.application.account.port.in.LogoutUseCase;
import io.salescore.application.account.port.out.CredentialStore;
import io.salescore.application.common.UnitOfWork;

import java.time.Clock;

/** Revokes the presented token; other tokens of the user stay valid. */
public final class LogoutService implements LogoutUseCase {

    private final UnitOfWork tx;
    private final CredentialStore credentials;
    private final Clock clock;

    public LogoutService(UnitOfWork tx, CredentialStore credentials, Clock clock) {
        this.tx = tx;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public void logout(String rawToken) {
        tx.run(() -> credentials.revokeToken(Tokens.hash(rawToken), clock.instant()));
    }
}
