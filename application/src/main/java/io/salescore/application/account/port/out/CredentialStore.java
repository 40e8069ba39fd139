package io.salescore.application.account.port.out;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: what a login is checked against and what it issues. Passwords (by email or by user) and API tokens:
 * issuing, authenticating, listing and revoking them, and ending and deleting them once they expire.
 */
public interface CredentialStore {

    /** A user as needed to check a login. */
    record Credentials(UserId userId, BusinessId businessId, String passwordHash, boolean active) {
    }

    Optional<Credentials> findCredentials(String email);

    /** The email of the user (for the throttle of {@code me/password}). */
    Optional<String> findEmail(BusinessId business, UserId user);

    /** The stored password hash of the user (of the business). */
    Optional<String> findPasswordHash(BusinessId business, UserId user);

    void updatePassword(BusinessId business, UserId user, String passwordHash, Instant now);

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
     * One page of the user's tokens that are not revoked and inside both lifetimes (the {@code usedSince} and
     * {@code issuedSince} of {@link #findLiveToken}), newest first; {@code current} marks the one whose hash is
     * {@code currentHash}. Unlike {@link #findLiveToken} it does not look at whether the user is active: deactivating
     * a user revokes all their tokens in the same transaction ({@link StaffDirectory#revokeAllTokens}), so an
     * inactive user has none to list.
     */
    Page<TokenInfo> listLiveTokens(BusinessId business, UserId user, byte[] currentHash, Instant usedSince,
                                   Instant issuedSince, PageRequest page);

    /** Revokes one unrevoked token of the user by id; returns whether there was one. */
    boolean revokeTokenById(BusinessId business, UserId user, UUID tokenId, Instant now);

    /** Revokes every unrevoked token of the user but the one with {@code keepHash}; returns how many. */
    int revokeOtherTokens(BusinessId business, UserId user, byte[] keepHash, Instant now);

    /** Ends tokens past their idle timeout or max age: their hash is dropped and they count as revoked now. */
    int endExpiredTokens(Instant now, Instant usedSince, Instant issuedSince);

    /** Deletes the rows of tokens that ended before {@code endedBefore}. */
    int deleteEndedTokens(Instant endedBefore);
}
