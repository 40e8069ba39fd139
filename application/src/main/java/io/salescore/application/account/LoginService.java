package io.salescore.application.account;

import io.salescore.application.account.port.in.AuthSession;
import io.salescore.application.account.port.in.LoginCommand;
import io.salescore.application.account.port.in.LoginUseCase;
import io.salescore.application.account.port.out.AccountRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.shared.AuthenticationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Login with brute-force protection kept in the database (so every instance agrees): after
 * {@value #MAX_FAILURES} failures for one email within {@link #WINDOW}, attempts are refused until the window passes.
 */
public final class LoginService implements LoginUseCase {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final UnitOfWork tx;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    public LoginService(UnitOfWork tx, AccountRepository accounts, PasswordHasher hasher, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public AuthSession login(LoginCommand command) {
        Instant now = clock.instant();
        AccountRepository.FailedLogins failures = tx.inTransaction(
                () -> accounts.failedLoginsSince(command.email(), now.minus(WINDOW)));
        if (failures.count() >= MAX_FAILURES) {
            Duration wait = Duration.between(now, failures.oldest().plus(WINDOW));
            throw AuthenticationException.tooManyAttempts(wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }
        Optional<AccountRepository.Credentials> found = tx.inTransaction(() -> accounts.findCredentials(command.email()));
        boolean ok;
        if (found.isPresent()) {
            ok = hasher.verify(command.password(), found.get().passwordHash()) && found.get().active();
        } else {
            hasher.burnEquivalentTime(command.password());
            ok = false;
        }
        if (!ok) {
            tx.run(() -> accounts.recordFailedLogin(command.email(), clock.instant()));
            throw AuthenticationException.invalidCredentials();
        }
        AccountRepository.Credentials credentials = found.get();
        String token = Tokens.newToken();
        return tx.inTransaction(() -> {
            accounts.clearFailedLogins(command.email());
            accounts.insertToken(Tokens.hash(token), credentials.businessId(), credentials.userId(), clock.instant());
            return new AuthSession(token, accounts.loadProfile(credentials.businessId(), credentials.userId()));
        });
    }
}
