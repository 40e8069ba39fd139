package io.salescore.application.account.port.out;

import io.salescore.application.account.port.in.Profile;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: businesses, users, memberships, API tokens and failed-login records. */
public interface AccountRepository {

    /** A user as needed to check a login. */
    record Credentials(UserId userId, BusinessId businessId, String passwordHash, boolean active) {
    }

    void insertBusiness(Profile.BusinessView business, Instant now);

    /** @throws io.salescore.domain.shared.ConflictException {@code EMAIL_TAKEN} */
    void insertUser(BusinessId business, Profile.UserView user, String passwordHash, Role role,
                    List<StorefrontId> storefronts, Instant now);

    Optional<Credentials> findCredentials(String email);

    void insertToken(byte[] tokenHash, BusinessId business, UserId user, Instant now);

    /** Returns whether a live token was revoked. */
    boolean revokeToken(byte[] tokenHash, Instant now);

    /** The caller behind an unrevoked token of an active user, without network origin. */
    Optional<Actor> findActorByToken(byte[] tokenHash);

    Profile loadProfile(BusinessId business, UserId user);

    void recordFailedLogin(String email, Instant at);

    /** Failed logins for the email since {@code since}: how many, and the oldest one's time. */
    record FailedLogins(int count, Instant oldest) {
    }

    FailedLogins failedLoginsSince(String email, Instant since);

    void clearFailedLogins(String email);
}
