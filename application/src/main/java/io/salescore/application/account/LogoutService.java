package io.salescore.application.account;

import io.salescore.application.account.port.in.LogoutUseCase;
import io.salescore.application.account.port.out.AccountRepository;
import io.salescore.application.common.UnitOfWork;

import java.time.Clock;

/** Revokes the presented token; other tokens of the user stay valid. */
public final class LogoutService implements LogoutUseCase {

    private final UnitOfWork tx;
    private final AccountRepository accounts;
    private final Clock clock;

    public LogoutService(UnitOfWork tx, AccountRepository accounts, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void logout(String rawToken) {
        tx.run(() -> accounts.revokeToken(Tokens.hash(rawToken), clock.instant()));
    }
}
