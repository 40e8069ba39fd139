package io.salescore.application.account.port.out;

import io.salescore.application.account.port.in.Profile;
import io.salescore.application.account.port.in.StaffQuery;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    // ---- staff: the members of a business as the staff endpoints manage them (created with insertUser) --------

    Optional<StaffMember> findMember(BusinessId business, UserId user);

    /** The member, locked until the transaction ends, for a change. */
    Optional<StaffMember> findMemberForUpdate(BusinessId business, UserId user);

    /** One page of the business's members matching the query, ordered by name (case-insensitive), then id. */
    Page<StaffMember> listMembers(BusinessId business, StaffQuery query, PageRequest page);

    /**
     * Writes name, email, role, storefronts and active; the password hash too when {@code newPasswordHash} is not
     * null.
     *
     * @throws io.salescore.domain.shared.ConflictException {@code EMAIL_TAKEN}
     */
    void updateMember(StaffMember member, String newPasswordHash);

    /** Revokes every live token of the user (deactivation); returns how many were revoked. */
    int revokeAllTokens(BusinessId business, UserId user, Instant now);

    /** Those of {@code ids} that are storefronts of the business (active or not). */
    Set<StorefrontId> existingStorefronts(BusinessId business, Collection<StorefrontId> ids);
}
