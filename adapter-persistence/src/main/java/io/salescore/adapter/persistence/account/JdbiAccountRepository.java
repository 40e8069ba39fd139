package io.salescore.adapter.persistence.account;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.SqlWhere;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.account.port.Profile;
import io.salescore.application.account.port.StaffQuery;
import io.salescore.application.account.port.out.AccountRepository;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Accounts in PostgreSQL: business, app_user (with role and storefronts), api_token, failed_login. */
public final class JdbiAccountRepository implements AccountRepository {

    private final JdbiUnitOfWork tx;

    public JdbiAccountRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void insertBusiness(Profile.BusinessView business, Instant now) {
        tx.handle().createUpdate("""
                        INSERT INTO business (id, name, currency, timezone, created_at)
                        VALUES (:id, :name, :currency, :timezone, :now)""")
                .bind("id", business.id())
                .bind("name", business.name())
                .bind("currency", business.currency())
                .bind("timezone", business.timezone())
                .bind("now", now)
                .execute();
    }

    @Override
    public void insertUser(BusinessId business, Profile.UserView user, String passwordHash, Role role,
                           List<StorefrontId> storefronts, Instant now) {
        try {
            tx.handle().createUpdate("""
                            INSERT INTO app_user (business_id, id, name, email, password_hash, role, storefronts,
                                                  created_at, updated_at)
                            VALUES (:business, :id, :name, :email, :hash, :role, :storefronts, :now, :now)""")
                    .bind("business", business)
                    .bind("id", user.id())
                    .bind("name", user.name())
                    .bind("email", user.email())
                    .bind("hash", passwordHash)
                    .bind("role", role.name())
                    .bindArray("storefronts", UUID.class, storefronts.stream().map(StorefrontId::value).toList())
                    .bind("now", now)
                    .execute();
        } catch (UnableToExecuteStatementException e) {
            if (JdbiUnitOfWork.isUniqueViolation(e, "app_user_email_key")) {
                throw emailTaken();
            }
            throw e;
        }
    }

    public static ConflictException emailTaken() {
        return new ConflictException("EMAIL_TAKEN", "A user with this email already exists.",
                Map.of("email", List.of("A user with this email already exists.")));
    }

    @Override
    public Optional<Credentials> findCredentials(String email) {
        return tx.handle().createQuery("""
                        SELECT id, business_id, password_hash, is_active FROM app_user WHERE email = :email""")
                .bind("email", email)
                .map((rs, ctx) -> new Credentials(UserId.of(Rows.uuid(rs, "id")),
                        BusinessId.of(Rows.uuid(rs, "business_id")), rs.getString("password_hash"),
                        rs.getBoolean("is_active")))
                .findOne();
    }

    @Override
    public void insertToken(byte[] tokenHash, BusinessId business, UserId user, Instant now) {
        tx.handle().createUpdate("""
                        INSERT INTO api_token (token_hash, business_id, user_id, created_at)
                        VALUES (:hash, :business, :user, :now)""")
                .bind("hash", tokenHash)
                .bind("business", business)
                .bind("user", user)
                .bind("now", now)
                .execute();
    }

    @Override
    public boolean revokeToken(byte[] tokenHash, Instant now) {
        return tx.handle().createUpdate("""
                        UPDATE api_token SET revoked_at = :now, token_hash = NULL
                        WHERE token_hash = :hash AND revoked_at IS NULL""")
                .bind("hash", tokenHash)
                .bind("now", now)
                .execute() > 0;
    }

    @Override
    public Optional<LiveToken> findLiveToken(byte[] tokenHash, Instant usedSince, Instant issuedSince) {
        return tx.handle().createQuery("""
                        SELECT t.id AS token_id, coalesce(t.last_used_at, t.created_at) AS last_used,
                               u.id, u.name, u.business_id, u.role, u.storefronts
                        FROM api_token t
                        JOIN app_user u ON u.business_id = t.business_id AND u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.is_active
                          AND t.created_at >= :issuedSince
                          AND coalesce(t.last_used_at, t.created_at) >= :usedSince""")
                .bind("hash", tokenHash)
                .bind("usedSince", usedSince)
                .bind("issuedSince", issuedSince)
                .map((rs, ctx) -> new LiveToken(Rows.uuid(rs, "token_id"), Rows.instant(rs, "last_used"),
                        new Actor(UserId.of(Rows.uuid(rs, "id")), rs.getString("name"),
                                BusinessId.of(Rows.uuid(rs, "business_id")), Role.valueOf(rs.getString("role")),
                                new HashSet<>(Rows.uuids(rs, "storefronts").stream().map(StorefrontId::of).toList()),
                                null, null)))
                .findOne();
    }

    @Override
    public void touchToken(UUID tokenId, Instant now) {
        tx.handle().createUpdate("""
                        UPDATE api_token SET last_used_at = :now
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :now)""")
                .bind("id", tokenId)
                .bind("now", now)
                .execute();
    }

    private static final String LIVE_TOKENS = """
            FROM api_token
            WHERE business_id = :business AND user_id = :user AND revoked_at IS NULL
              AND created_at >= :issuedSince AND coalesce(last_used_at, created_at) >= :usedSince""";

    @Override
    public Page<TokenInfo> listLiveTokens(BusinessId business, UserId user, byte[] currentHash, Instant usedSince,
                                          Instant issuedSince, PageRequest page) {
        long total = tx.handle().createQuery("SELECT count(*) " + LIVE_TOKENS)
                .bind("business", business)
                .bind("user", user)
                .bind("usedSince", usedSince)
                .bind("issuedSince", issuedSince)
                .mapTo(Long.class).one();
        List<TokenInfo> items = total <= page.offset() ? List.of() : tx.handle().createQuery("""
                        SELECT id, created_at, coalesce(last_used_at, created_at) AS last_used,
                               token_hash = :current AS is_current
                        """ + LIVE_TOKENS + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("business", business)
                .bind("user", user)
                .bind("usedSince", usedSince)
                .bind("issuedSince", issuedSince)
                .bind("current", currentHash)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map((rs, ctx) -> new TokenInfo(Rows.uuid(rs, "id"), Rows.instant(rs, "created_at"),
                        Rows.instant(rs, "last_used"), rs.getBoolean("is_current")))
                .list();
        return new Page<>(items, total, page);
    }

    @Override
    public boolean revokeTokenById(BusinessId business, UserId user, UUID tokenId, Instant now) {
        return tx.handle().createUpdate("""
                        UPDATE api_token SET revoked_at = :now, token_hash = NULL
                        WHERE business_id = :business AND user_id = :user AND id = :id AND revoked_at IS NULL""")
                .bind("business", business)
                .bind("user", user)
                .bind("id", tokenId)
                .bind("now", now)
                .execute() > 0;
    }

    @Override
    public int revokeOtherTokens(BusinessId business, UserId user, byte[] keepHash, Instant now) {
        return tx.handle().createUpdate("""
                        UPDATE api_token SET revoked_at = :now, token_hash = NULL
                        WHERE business_id = :business AND user_id = :user AND revoked_at IS NULL
                          AND token_hash IS DISTINCT FROM :keep""")
                .bind("business", business)
                .bind("user", user)
                .bind("keep", keepHash)
                .bind("now", now)
                .execute();
    }

    @Override
    public Optional<String> findPasswordHash(BusinessId business, UserId user) {
        return tx.handle().createQuery("SELECT password_hash FROM app_user WHERE business_id = :business AND id = :id")
                .bind("business", business)
                .bind("id", user)
                .mapTo(String.class)
                .findOne();
    }

    @Override
    public void updatePassword(BusinessId business, UserId user, String passwordHash, Instant now) {
        tx.handle().createUpdate("""
                        UPDATE app_user SET password_hash = :hash, updated_at = :now
                        WHERE business_id = :business AND id = :id""")
                .bind("business", business)
                .bind("id", user)
                .bind("hash", passwordHash)
                .bind("now", now)
                .execute();
    }

    @Override
    public int endExpiredTokens(Instant now, Instant usedSince, Instant issuedSince) {
        return tx.handle().createUpdate("""
                        UPDATE api_token SET revoked_at = :now, token_hash = NULL
                        WHERE revoked_at IS NULL
                          AND (created_at < :issuedSince OR coalesce(last_used_at, created_at) < :usedSince)""")
                .bind("now", now)
                .bind("usedSince", usedSince)
                .bind("issuedSince", issuedSince)
                .execute();
    }

    @Override
    public int deleteEndedTokens(Instant endedBefore) {
        return tx.handle().createUpdate("DELETE FROM api_token WHERE revoked_at < :before")
                .bind("before", endedBefore)
                .execute();
    }

    @Override
    public int deleteFailedLoginsBefore(Instant before) {
        return tx.handle().createUpdate("DELETE FROM failed_login WHERE attempted_at < :before")
                .bind("before", before)
                .execute();
    }

    @Override
    public Profile loadProfile(BusinessId business, UserId user) {
        return tx.handle().createQuery("""
                        SELECT u.id, u.name, u.email, u.role, u.created_at, u.updated_at,
                               b.id AS business_id, b.name AS business_name, b.currency, b.timezone,
                               b.created_at AS business_created_at,
                               coalesce(b.updated_at, b.created_at) AS business_updated_at,
                               o.id AS owner_id, o.name AS owner_name,
                               coalesce((SELECT json_agg(json_build_array(s.id, s.name, s.location, s.is_active)
                                                         ORDER BY s.name, s.id)
                                         FROM storefront s WHERE s.business_id = b.id
                                           AND (u.role IN ('OWNER', 'ADMIN') OR s.id = ANY (u.storefronts))),
                                        '[]')::text AS storefronts
                        FROM app_user u JOIN business b ON b.id = u.business_id
                        LEFT JOIN LATERAL (SELECT id, name FROM app_user WHERE business_id = b.id AND role = 'OWNER'
                                           ORDER BY created_at, id LIMIT 1) o ON true
                        WHERE u.business_id = :business AND u.id = :user""")
                .bind("business", business)
                .bind("user", user)
                .map((rs, ctx) -> new Profile(
                        new Profile.UserView(UserId.of(Rows.uuid(rs, "id")), rs.getString("name"), rs.getString("email"),
                                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at")),
                        new Profile.BusinessView(BusinessId.of(Rows.uuid(rs, "business_id")),
                                rs.getString("business_name"), rs.getString("currency").trim(),
                                rs.getString("timezone"),
                                rs.getString("owner_id") == null ? null : UserId.of(Rows.uuid(rs, "owner_id")),
                                rs.getString("owner_name"), Rows.instant(rs, "business_created_at"),
                                Rows.instant(rs, "business_updated_at")),
                        Role.valueOf(rs.getString("role")),
                        storefronts(rs.getString("storefronts"))))
                .one();
    }

    /** {@code [[id, name, location, is_active], ...]} as built by {@link #loadProfile}. */
    private static List<Profile.StorefrontView> storefronts(String json) {
        try {
            List<Profile.StorefrontView> views = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode row : PROFILE_JSON.readTree(json)) {
                views.add(new Profile.StorefrontView(StorefrontId.of(UUID.fromString(row.get(0).asText())),
                        row.get(1).asText(), row.get(2).asText(), row.get(3).asBoolean()));
            }
            return views;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unreadable storefront list: " + json, e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper PROFILE_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @Override
    public void lockLoginEmail(String email) {
        tx.handle().createQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('login:' || :email, 0))")
                .bind("email", email)
                .mapTo(Integer.class)
                .one();
    }

    @Override
    public LoginAttempts countLoginAttempts(String email, String address, Instant since) {
        return tx.handle().createQuery("""
                        SELECT count(*) AS n, min(attempted_at) AS oldest,
                               count(*) FILTER (WHERE address = :address) AS n_address,
                               min(attempted_at) FILTER (WHERE address = :address) AS oldest_address
                        FROM failed_login WHERE email = :email AND attempted_at > :since""")
                .bind("email", email)
                .bind("address", address == null ? "" : address)
                .bind("since", since)
                .map((rs, ctx) -> new LoginAttempts(rs.getInt("n"), Rows.instant(rs, "oldest"),
                        rs.getInt("n_address"), Rows.instant(rs, "oldest_address")))
                .one();
    }

    @Override
    public UUID recordLoginAttempt(String email, String address, Instant at) {
        return tx.handle().createQuery("""
                        INSERT INTO failed_login (email, address, attempted_at) VALUES (:email, :address, :at)
                        RETURNING id""")
                .bind("email", email)
                .bind("address", address == null ? "" : address)
                .bind("at", at)
                .mapTo(UUID.class)
                .one();
    }

    @Override
    public void deleteLoginAttempt(UUID attempt) {
        tx.handle().createUpdate("DELETE FROM failed_login WHERE id = :id").bind("id", attempt).execute();
    }

    @Override
    public void recordSuccessfulLogin(String email, String address, Instant at) {
        tx.handle().createUpdate("""
                        INSERT INTO login_address (email, address, last_login_at) VALUES (:email, :address, :at)
                        ON CONFLICT (email, address) DO UPDATE SET last_login_at = EXCLUDED.last_login_at
                        WHERE login_address.last_login_at < EXCLUDED.last_login_at""")
                .bind("email", email)
                .bind("address", address == null ? "" : address)
                .bind("at", at)
                .execute();
    }

    @Override
    public boolean loggedInFrom(String email, String address, Instant since) {
        return tx.handle().createQuery("""
                        SELECT EXISTS (SELECT 1 FROM login_address
                                       WHERE email = :email AND address = :address AND last_login_at >= :since)""")
                .bind("email", email)
                .bind("address", address == null ? "" : address)
                .bind("since", since)
                .mapTo(Boolean.class)
                .one();
    }

    @Override
    public int deleteLoginAddressesBefore(Instant before) {
        return tx.handle().createUpdate("DELETE FROM login_address WHERE last_login_at < :before")
                .bind("before", before)
                .execute();
    }

    @Override
    public Optional<String> findEmail(BusinessId business, UserId user) {
        return tx.handle().createQuery("SELECT email FROM app_user WHERE business_id = :business AND id = :id")
                .bind("business", business)
                .bind("id", user)
                .mapTo(String.class)
                .findOne();
    }

    // ---- staff ------------------------------------------------------------------------------------------------

    private static final String MEMBER_COLUMNS =
            "business_id, id, name, email, role, storefronts, is_active, created_at, updated_at";

    /** The staff list filter; :search is a LIKE pattern (null for no search). */
    private static final String MEMBER_FILTER = """
            FROM app_user
            WHERE business_id = :business
              AND (CAST(:active AS boolean) IS NULL OR is_active = :active)
              AND (cardinality(CAST(:roles AS text[])) = 0 OR role = ANY (CAST(:roles AS text[])))
              AND (CAST(:storefront AS uuid) IS NULL OR CAST(:storefront AS uuid) = ANY (storefronts))
              AND (CAST(:search AS text) IS NULL
                   OR name ILIKE :search OR email ILIKE :search)""";

    @Override
    public Optional<StaffMember> findMember(BusinessId business, UserId user) {
        return findMember(business, user, "");
    }

    @Override
    public Optional<StaffMember> findMemberForUpdate(BusinessId business, UserId user) {
        return findMember(business, user, " FOR UPDATE");
    }

    private Optional<StaffMember> findMember(BusinessId business, UserId user, String lock) {
        return tx.handle().createQuery("SELECT " + MEMBER_COLUMNS
                        + " FROM app_user WHERE business_id = :business AND id = :id" + lock)
                .bind("business", business)
                .bind("id", user)
                .map((rs, ctx) -> member(rs))
                .findOne();
    }

    @Override
    public Page<StaffMember> listMembers(BusinessId business, StaffQuery query, PageRequest page) {
        long total = memberFilter(tx.handle().createQuery("SELECT count(*) " + MEMBER_FILTER), business, query)
                .mapTo(Long.class).one();
        List<StaffMember> items = total <= page.offset() ? List.of()
                : memberFilter(tx.handle().createQuery("SELECT " + MEMBER_COLUMNS + " " + MEMBER_FILTER
                        + " ORDER BY lower(name), id LIMIT :limit OFFSET :offset"), business, query)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map((rs, ctx) -> member(rs))
                .list();
        return new Page<>(items, total, page);
    }

    private static Query memberFilter(Query query, BusinessId business, StaffQuery filter) {
        return query
                .bind("business", business)
                .bind("active", filter.active())
                .bindArray("roles", String.class, filter.roles().stream().map(Role::name).toList())
                .bind("storefront", filter.storefront() == null ? null : filter.storefront().value())
                .bind("search", filter.search() == null ? null : SqlWhere.contains(filter.search()));
    }

    @Override
    public void updateMember(StaffMember member, String newPasswordHash) {
        StaffMember.State s = member.state();
        try {
            tx.handle().createUpdate("""
                            UPDATE app_user
                            SET name = :name, email = :email, role = :role, storefronts = :storefronts,
                                is_active = :active, updated_at = :updated,
                                password_hash = COALESCE(CAST(:hash AS text), password_hash)
                            WHERE business_id = :business AND id = :id""")
                    .bind("business", s.businessId())
                    .bind("id", s.id())
                    .bind("name", s.name())
                    .bind("email", s.email())
                    .bind("role", s.role().name())
                    .bindArray("storefronts", UUID.class, s.storefronts().stream().map(StorefrontId::value).toList())
                    .bind("active", s.active())
                    .bind("updated", s.updatedAt())
                    .bind("hash", newPasswordHash)
                    .execute();
        } catch (UnableToExecuteStatementException e) {
            if (JdbiUnitOfWork.isUniqueViolation(e, "app_user_email_key")) {
                throw emailTaken();
            }
            throw e;
        }
    }

    @Override
    public int revokeAllTokens(BusinessId business, UserId user, Instant now) {
        return tx.handle().createUpdate("""
                        UPDATE api_token SET revoked_at = :now, token_hash = NULL
                        WHERE business_id = :business AND user_id = :user AND revoked_at IS NULL""")
                .bind("business", business)
                .bind("user", user)
                .bind("now", now)
                .execute();
    }

    @Override
    public Set<StorefrontId> existingStorefronts(BusinessId business, Collection<StorefrontId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(tx.handle().createQuery("""
                        SELECT id FROM storefront WHERE business_id = :business AND id = ANY (:ids)""")
                .bind("business", business)
                .bindArray("ids", UUID.class, ids.stream().map(StorefrontId::value).toList())
                .map((rs, ctx) -> StorefrontId.of(Rows.uuid(rs, "id")))
                .list());
    }

    private static StaffMember member(ResultSet rs) throws SQLException {
        return StaffMember.restore(new StaffMember.State(
                UserId.of(Rows.uuid(rs, "id")),
                BusinessId.of(Rows.uuid(rs, "business_id")),
                rs.getString("name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                Rows.uuids(rs, "storefronts").stream().map(StorefrontId::of).toList(),
                rs.getBoolean("is_active"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at")));
    }
}
