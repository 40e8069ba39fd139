package io.salescore.application.account.port.out;

import io.salescore.application.account.port.Profile;
import io.salescore.application.account.port.StaffQuery;
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
import java.util.UUID;

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

    /** Revokes the token (its hash is dropped at once); returns whether a live token was revoked. */
    boolean revokeToken(byte[] tokenHash, Instant now);

    /** A token that still works, and the caller behind it (without network origin). */
    record LiveToken(UUID id, Instant lastUsedAt, Actor actor) {
    }

    /**
     * The token with this hash if it is unrevoked, last used at or after {@code usedSince}, issued at or after
     * {@code issuedSince}, and its user is active.
     */
    Optional<LiveToken> findLiveToken(byte[] tokenHash, Instant usedSince, Instant issuedSince);

    /** Records a use of the token at {@code now} (callers do it at most once a minute per token). */
    void touchToken(UUID tokenId, Instant now);

    /** A token as its owner and staff managers see it (never the secret). */
    record TokenInfo(UUID id, Instant createdAt, Instant lastUsedAt, boolean current) {
    }

    /**
     * One page of the user's tokens that still work (as {@link #findLiveToken}), newest first; {@code current}
     * marks the one whose hash is {@code currentHash}.
     */
    Page<TokenInfo> listLiveTokens(BusinessId business, UserId user, byte[] currentHash, Instant usedSince,
                                   Instant issuedSince, PageRequest page);

    /** Revokes one unrevoked token of the user by id; returns whether there was one. */
    boolean revokeTokenById(BusinessId business, UserId user, UUID tokenId, Instant now);

    /** Revokes every unrevoked token of the user but the one with {@code keepHash}; returns how many. */
    int revokeOtherTokens(BusinessId business, UserId user, byte[] keepHash, Instant now);

    /** The stored password hash of the user (of the business). */
    Optional<String> findPasswordHash(BusinessId business, UserId user);

    void updatePassword(BusinessId business, UserId user, String passwordHash, Instant now);

    /** Ends tokens past their idle timeout or max age: their hash is dropped and they count as revoked now. */
    int endExpiredTokens(Instant now, Instant usedSince, Instant issuedSince);

    /** Deletes the rows of tokens that ended before {@code endedBefore}. */
    int deleteEndedTokens(Instant endedBefore);

    /** Deletes failed-login rows older than {@code before}. */
    int deleteFailedLoginsBefore(Instant before);

    Profile loadProfile(BusinessId business, UserId user);

    // ---- login throttle: attempts (email, address, time) counted over a sliding window ----------------------

    /** Serialises attempts for one email until the transaction ends. */
    void lockLoginEmail(String email);

    /** Attempts for the email since a time: all of them and those from one address, with the oldest of each. */
    record LoginAttempts(int total, Instant oldest, int fromAddress, Instant oldestFromAddress) {
    }

    LoginAttempts countLoginAttempts(String email, String address, Instant since);

    /** Records an attempt; returns its id (deleted again when the password matches). */
    UUID recordLoginAttempt(String email, String address, Instant at);

    void deleteLoginAttempt(UUID attempt);

    /** Remembers that the email logged in successfully from the address at {@code at}. */
    void recordSuccessfulLogin(String email, String address, Instant at);

    /** Whether the email logged in successfully from the address at or after {@code since}. */
    boolean loggedInFrom(String email, String address, Instant since);

    /** Forgets addresses of successful logins older than {@code before}. */
    int deleteLoginAddressesBefore(Instant before);

    /** The email of the user (for the throttle of {@code me/password}). */
    Optional<String> findEmail(BusinessId business, UserId user);

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

    /** Revokes every live token of the user (deactivation, password reset); returns how many were revoked. */
    int revokeAllTokens(BusinessId business, UserId user, Instant now);

    /** Those of {@code ids} that are storefronts of the business (active or not). */
    Set<StorefrontId> existingStorefronts(BusinessId business, Collection<StorefrontId> ids);
}
