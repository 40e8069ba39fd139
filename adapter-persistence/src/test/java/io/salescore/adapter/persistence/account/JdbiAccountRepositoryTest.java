package io.salescore.adapter.persistence.account;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.customer.JdbiCustomerRepository;
import io.salescore.adapter.persistence.support.PostgresTestSupport;
import io.salescore.application.account.port.Profile;
import io.salescore.domain.access.Role;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbiAccountRepositoryTest {

    private final JdbiUnitOfWork tx = PostgresTestSupport.unitOfWork();
    private final JdbiAccountRepository accounts = new JdbiAccountRepository(tx);
    private final JdbiCustomerRepository customers = new JdbiCustomerRepository(tx);
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private BusinessId newBusiness() {
        BusinessId id = BusinessId.of(UUID.randomUUID());
        tx.run(() -> accounts.insertBusiness(new Profile.BusinessView(id, "Shop", "USD", "UTC"), now));
        return id;
    }

    @Test
    void token_lookup_finds_the_actor_until_revoked() {
        BusinessId business = newBusiness();
        UserId user = UserId.of(UUID.randomUUID());
        byte[] hash = new byte[32];
        hash[0] = 7;
        hash[1] = (byte) UUID.randomUUID().hashCode();
        tx.run(() -> {
            accounts.insertUser(business, new Profile.UserView(user, "Kofi", user + "@t.pos"), "h", Role.CASHIER,
                    List.of(), now);
            accounts.insertToken(hash, business, user, now);
        });

        assertThat(actorOf(hash)).hasValueSatisfying(actor -> {
            assertThat(actor.userId()).isEqualTo(user);
            assertThat(actor.role()).isEqualTo(Role.CASHIER);
            assertThat(actor.businessId()).isEqualTo(business);
        });
        assertThat(tx.inTransaction(() -> accounts.revokeToken(hash, now))).isTrue();
        assertThat(actorOf(hash)).isEmpty();
    }

    @Test
    void a_second_user_with_the_same_email_is_email_taken() {
        BusinessId business = newBusiness();
        String email = UUID.randomUUID() + "@t.pos";
        tx.run(() -> accounts.insertUser(business, new Profile.UserView(UserId.of(UUID.randomUUID()), "A", email), "h",
                Role.OWNER, List.of(), now));

        assertThatThrownBy(() -> tx.run(() -> accounts.insertUser(business,
                new Profile.UserView(UserId.of(UUID.randomUUID()), "B", email), "h", Role.CASHIER, List.of(), now)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo("EMAIL_TAKEN");
    }

    @Test
    void one_transaction_spans_repositories_and_rolls_back_as_a_whole() {
        BusinessId business = newBusiness();
        CustomerId customer = CustomerId.of(UUID.randomUUID());
        String email = UUID.randomUUID() + "@t.pos";

        assertThatThrownBy(() -> tx.run(() -> {
            customers.insert(Customer.walkIn(customer, business, now));
            accounts.insertUser(business, new Profile.UserView(UserId.of(UUID.randomUUID()), "A", email), "h",
                    Role.OWNER, List.of(), now);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        Integer rows = tx.read(() -> tx.handle()
                .createQuery("SELECT count(*) FROM customer WHERE business_id = :b").bind("b", business.value())
                .mapTo(Integer.class).one());
        assertThat(rows).isZero();
        assertThat(tx.read(() -> accounts.findCredentials(email))).isEmpty();
    }

    private java.util.Optional<io.salescore.domain.access.Actor> actorOf(byte[] hash) {
        return tx.read(() -> accounts.findLiveToken(hash, now.minusSeconds(60), now.minusSeconds(60))
                .map(t -> t.actor()));
    }
}
