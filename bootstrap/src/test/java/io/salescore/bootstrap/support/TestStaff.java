package io.salescore.bootstrap.support;

import io.salescore.application.account.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Staff members for end-to-end tests, inserted straight into the test server's database (a user with a role and
 * assigned storefronts, and an API token whose SHA-256 is stored), so tests do not depend on the staff API.
 */
public final class TestStaff {

    private TestStaff() {
    }

    /** A new member of {@code shop} with {@code role} (MANAGER, CASHIER, ADMIN) assigned to the given storefronts. */
    public static ApiClient member(TestBusiness shop, String role, String... storefronts) {
        Jdbi jdbi = TestServer.get().app().database().jdbi();
        UUID user = UUID.randomUUID();
        String token = Tokens.newToken();
        Instant now = TestServer.get().clock().instant();
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO app_user (business_id, id, name, email, password_hash, role, storefronts,
                                                  created_at, updated_at)
                            VALUES (:business, :id, :name, :email, 'not-a-login', :role, :storefronts, :now, :now)""")
                    .bind("business", UUID.fromString(shop.businessId))
                    .bind("id", user)
                    .bind("name", role.charAt(0) + role.substring(1).toLowerCase() + " " + user.toString().substring(0, 4))
                    .bind("email", role.toLowerCase() + "-" + user + "@test.pos")
                    .bind("role", role)
                    .bindArray("storefronts", UUID.class, Arrays.stream(storefronts).map(UUID::fromString).toList())
                    .bind("now", now)
                    .execute();
            h.createUpdate("""
                            INSERT INTO api_token (token_hash, business_id, user_id, created_at)
                            VALUES (:hash, :business, :user, :now)""")
                    .bind("hash", Tokens.hash(token))
                    .bind("business", UUID.fromString(shop.businessId))
                    .bind("user", user)
                    .bind("now", now)
                    .execute();
        });
        return shop.owner.withToken(token);
    }
}
