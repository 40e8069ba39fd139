package io.salescore.adapter.persistence.account;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.account.port.in.Profile;
import io.salescore.application.account.port.out.AccountRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                .bind("id", business.id().value())
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
                    .bind("business", business.value())
                    .bind("id", user.id().value())
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
                .bind("business", business.value())
                .bind("user", user.value())
                .bind("now", now)
                .execute();
    }

    @Override
    public boolean revokeToken(byte[] tokenHash, Instant now) {
        return tx.handle().createUpdate("""
                        UPDATE api_token SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL""")
                .bind("hash", tokenHash)
                .bind("now", now)
                .execute() > 0;
    }

    @Override
    public Optional<Actor> findActorByToken(byte[] tokenHash) {
        return tx.handle().createQuery("""
                        SELECT u.id, u.name, u.business_id, u.role, u.storefronts
                        FROM api_token t
                        JOIN app_user u ON u.business_id = t.business_id AND u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.is_active""")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new Actor(UserId.of(Rows.uuid(rs, "id")), rs.getString("name"),
                        BusinessId.of(Rows.uuid(rs, "business_id")), Role.valueOf(rs.getString("role")),
                        new HashSet<>(Rows.uuids(rs, "storefronts").stream().map(StorefrontId::of).toList()),
                        null, null))
                .findOne();
    }

    @Override
    public Profile loadProfile(BusinessId business, UserId user) {
        return tx.handle().createQuery("""
                        SELECT u.id, u.name, u.email, u.role, b.id AS business_id, b.name AS business_name,
                               b.currency, b.timezone,
                               CASE WHEN u.role IN ('OWNER', 'ADMIN')
                                    THEN ARRAY(SELECT s.id FROM storefront s WHERE s.business_id = b.id
                                               ORDER BY s.name, s.id)
                                    ELSE ARRAY(SELECT s.id FROM storefront s WHERE s.business_id = b.id
                                               AND s.id = ANY (u.storefronts) ORDER BY s.name, s.id)
                               END AS storefront_ids
                        FROM app_user u JOIN business b ON b.id = u.business_id
                        WHERE u.business_id = :business AND u.id = :user""")
                .bind("business", business.value())
                .bind("user", user.value())
                .map((rs, ctx) -> new Profile(
                        new Profile.UserView(UserId.of(Rows.uuid(rs, "id")), rs.getString("name"), rs.getString("email")),
                        new Profile.BusinessView(BusinessId.of(Rows.uuid(rs, "business_id")),
                                rs.getString("business_name"), rs.getString("currency").trim(),
                                rs.getString("timezone")),
                        Role.valueOf(rs.getString("role")),
                        Rows.uuids(rs, "storefront_ids").stream().map(StorefrontId::of).toList()))
                .one();
    }

    @Override
    public void recordFailedLogin(String email, Instant at) {
        tx.handle().createUpdate("INSERT INTO failed_login (email, attempted_at) VALUES (:email, :at)")
                .bind("email", email)
                .bind("at", at)
                .execute();
    }

    @Override
    public FailedLogins failedLoginsSince(String email, Instant since) {
        return tx.handle().createQuery("""
                        SELECT count(*) AS n, min(attempted_at) AS oldest FROM failed_login
                        WHERE email = :email AND attempted_at > :since""")
                .bind("email", email)
                .bind("since", since)
                .map((rs, ctx) -> new FailedLogins(rs.getInt("n"), Rows.instant(rs, "oldest")))
                .one();
    }

    @Override
    public void clearFailedLogins(String email) {
        tx.handle().createUpdate("DELETE FROM failed_login WHERE email = :email").bind("email", email).execute();
    }
}
