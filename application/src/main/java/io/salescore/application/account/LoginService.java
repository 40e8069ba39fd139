package io.salescore.application.account;

import io.salescore.application.account.port.in.AuthSession;
import io.salescore.application.account.port.in.LoginCommand;
import io.salescore.application.account.port.in.LoginUseCase;
import io.salescore.application.account.port.out.CredentialStore;
import io.salescore.application.account.port.out.LoginThrottleLog;
import io.salescore.application.account.port.out.ProfileStore;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.shared.AuthenticationException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Login in three steps, the slow one outside any transaction: the attempt is admitted and recorded by the
 * {@link LoginThrottle} (its own short transaction), the password is hashed, and a match deletes the attempt and
 * issues the token in one transaction. A wrong password leaves the attempt counted.
 */
public final class LoginService implements LoginUseCase {

    private final UnitOfWork tx;
    private final CredentialStore credentials;
    private final ProfileStore profiles;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;

    public LoginService(UnitOfWork tx, CredentialStore credentials, LoginThrottleLog throttleLog, ProfileStore profiles,
                        PasswordHasher hasher, Clock clock) {
        this.tx = tx;
        this.credentials = credentials;
        this.profiles = profiles;
        this.hasher = hasher;
        this.throttle = new LoginThrottle(tx, throttleLog, clock);
        this.clock = clock;
    }

    @Override
    public AuthSession login(LoginCommand command) {
        UUID attempt = throttle.admit(command.email(), command.address());
        Optional<CredentialStore.Credentials> found = tx.read(() -> credentials.findCredentials(command.email()));
        boolean ok;
        if (found.isPresent()) {
            ok = hasher.verify(command.password(), found.get().passwordHash()) && found.get().active();
        } else {
            hasher.burnEquivalentTime(command.password());
            ok = false;
        }
        if (!ok) {
            throw AuthenticationException.invalidCredentials();
        }
        CredentialStore.Credentials user = found.get();
        String token = Tokens.newToken();
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            throttle.succeeded(command.email(), command.address(), attempt, now);
            credentials.insertToken(Tokens.hash(token), user.businessId(), user.userId(), now);
            return new AuthSession(token, profiles.loadProfile(user.businessId(), user.userId()));
        });
    }
}
