package io.salescore.adapter.persistence.account;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.support.PostgresTestSupport;
import io.salescore.application.account.port.Profile;
import io.salescore.application.account.port.StaffQuery;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The staff part of the accounts repository: members, their tokens and the storefronts they may be given. */
class JdbiAccountRepositoryStaffTest {

    private final JdbiUnitOfWork tx = PostgresTestSupport.unitOfWork();
    private final JdbiAccountRepository accounts = new JdbiAccountRepository(tx);
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final BusinessId business = newBusiness();
    private final Actor owner = new Actor(UserId.of(UUID.randomUUID()), "Owner", business, Role.OWNER, Set.of(),
            null, null);

    private BusinessId newBusiness() {
        BusinessId id = BusinessId.of(UUID.randomUUID());
        tx.run(() -> accounts.insertBusiness(new Profile.BusinessView(id, "Shop", "USD", "UTC"), now));
        return id;
    }

    private StorefrontId storefront(BusinessId in, String code) {
        StorefrontId id = StorefrontId.of(UUID.randomUUID());
        tx.run(() -> tx.handle().createUpdate("""
                        INSERT INTO storefront (business_id, id, name, location, code, is_active, created_at, updated_at)
                        VALUES (:business, :id, :name, '', :code, true, :now, :now)""")
                .bind("business", in.value())
                .bind("id", id.value())
                .bind("name", "Store " + code)
                .bind("code", code)
                .bind("now", now)
                .execute());
        return id;
    }

    private UserId member(BusinessId in, String name, Role role, List<StorefrontId> storefronts) {
        UserId id = UserId.of(UUID.randomUUID());
        tx.run(() -> accounts.insertUser(in, new Profile.UserView(id, name, id + "@t.pos"), "hash-1", role,
                storefronts, now));
        return id;
    }

    private StaffMember find(UserId id) {
        return tx.read(() -> accounts.findMember(business, id)).orElseThrow();
    }

    private static byte[] tokenHash() {
        byte[] hash = new byte[32];
        UUID random = UUID.randomUUID();
        for (int i = 0; i < 8; i++) {
            hash[i] = (byte) (random.getMostSignificantBits() >>> (8 * i));
            hash[8 + i] = (byte) (random.getLeastSignificantBits() >>> (8 * i));
        }
        return hash;
    }

    @Test
    void a_member_reads_back_with_role_storefronts_and_active_flag() {
        StorefrontId main = storefront(business, "MAIN");
        UserId kofi = member(business, "Kofi", Role.CASHIER, List.of(main));

        StaffMember.State s = find(kofi).state();
        assertThat(s.name()).isEqualTo("Kofi");
        assertThat(s.email()).isEqualTo(kofi + "@t.pos");
        assertThat(s.role()).isEqualTo(Role.CASHIER);
        assertThat(s.storefronts()).containsExactly(main);
        assertThat(s.active()).isTrue();
        assertThat(s.businessId()).isEqualTo(business);
        assertThat(tx.read(() -> accounts.findMember(newBusiness(), kofi))).isEmpty();
        assertThat(tx.inTransaction(() -> accounts.findMemberForUpdate(business, kofi))).isPresent();
    }

    @Test
    void update_writes_the_member_and_a_new_password_hash_only_when_given() {
        StorefrontId a = storefront(business, "AA");
        StorefrontId b = storefront(business, "BB");
        UserId kofi = member(business, "Kofi", Role.CASHIER, List.of(a));
        StaffMember m = find(kofi);
        m.change(owner, "Kofi B.", "kofi.b@t" + UUID.randomUUID() + ".pos", Role.MANAGER, List.of(b, a), false,
                now.plusSeconds(5));

        tx.run(() -> accounts.updateMember(m, null));
        assertThat(find(kofi).state()).isEqualTo(m.state());
        assertThat(passwordHash(kofi)).isEqualTo("hash-1");

        tx.run(() -> accounts.updateMember(m, "hash-2"));
        assertThat(passwordHash(kofi)).isEqualTo("hash-2");
    }

    private String passwordHash(UserId user) {
        return tx.read(() -> tx.handle().createQuery("SELECT password_hash FROM app_user WHERE id = :id")
                .bind("id", user.value()).mapTo(String.class).one());
    }

    @Test
    void changing_to_a_taken_email_is_email_taken() {
        UserId ama = member(business, "Ama", Role.CASHIER, List.of());
        UserId kofi = member(newBusiness(), "Kofi", Role.CASHIER, List.of());
        StaffMember m = find(ama);
        m.change(owner, null, kofi + "@t.pos", null, null, null, now);

        assertThatThrownBy(() -> tx.run(() -> accounts.updateMember(m, null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("EMAIL_TAKEN"));
    }

    @Test
    void revoking_all_tokens_ends_every_session_of_that_user_only() {
        UserId kofi = member(business, "Kofi", Role.CASHIER, List.of());
        UserId ama = member(business, "Ama", Role.CASHIER, List.of());
        byte[] first = tokenHash();
        byte[] second = tokenHash();
        byte[] amas = tokenHash();
        tx.run(() -> {
            accounts.insertToken(first, business, kofi, now);
            accounts.insertToken(second, business, kofi, now);
            accounts.insertToken(amas, business, ama, now);
        });

        assertThat(tx.inTransaction(() -> accounts.revokeAllTokens(business, kofi, now))).isEqualTo(2);

        assertThat(actorOf(first)).isEmpty();
        assertThat(actorOf(second)).isEmpty();
        assertThat(actorOf(amas)).isPresent();
        assertThat(tx.inTransaction(() -> accounts.revokeAllTokens(business, kofi, now))).isZero();
    }

    @Test
    void only_the_businesss_own_storefronts_exist_for_it() {
        StorefrontId mine = storefront(business, "MINE");
        StorefrontId foreign = storefront(newBusiness(), "MINE");
        StorefrontId unknown = StorefrontId.of(UUID.randomUUID());

        assertThat(tx.read(() -> accounts.existingStorefronts(business, List.of(mine, foreign, unknown))))
                .containsExactly(mine);
        assertThat(tx.read(() -> accounts.existingStorefronts(business, List.of()))).isEmpty();
    }

    @Test
    void lists_members_by_name_with_filters_and_paging() {
        StorefrontId main = storefront(business, "MAIN");
        member(business, "zoe", Role.ADMIN, List.of());
        member(business, "Bob", Role.CASHIER, List.of(main));
        member(business, "amy", Role.MANAGER, List.of(main));
        StaffMember gone = find(member(business, "Carl", Role.CASHIER, List.of()));
        gone.deactivate(owner, now);
        tx.run(() -> accounts.updateMember(gone, null));
        member(newBusiness(), "Alien", Role.CASHIER, List.of());

        assertThat(names(StaffQuery.activeOnly())).containsExactly("amy", "Bob", "zoe");
        assertThat(names(new StaffQuery(null, List.of(), null, false))).containsExactly("Carl");
        assertThat(names(new StaffQuery(null, List.of(), null, null))).containsExactly("amy", "Bob", "Carl", "zoe");
        assertThat(names(new StaffQuery(null, List.of(Role.CASHIER, Role.ADMIN), null, true)))
                .containsExactly("Bob", "zoe");
        assertThat(names(new StaffQuery(null, List.of(), main, true))).containsExactly("amy", "Bob");
        assertThat(names(new StaffQuery(null, List.of(), StorefrontId.of(UUID.randomUUID()), null))).isEmpty();
        assertThat(names(new StaffQuery("oB", List.of(), null, true))).containsExactly("Bob");
        assertThat(names(new StaffQuery("@T.POS", List.of(), null, true))).hasSize(3);

        Page<StaffMember> second = tx.inTransaction(() -> accounts.listMembers(business, StaffQuery.activeOnly(),
                new PageRequest(2, 2)));
        assertThat(second.items()).extracting(m -> m.state().name()).containsExactly("zoe");
        assertThat(second.total()).isEqualTo(3);
    }

    private List<String> names(StaffQuery query) {
        return tx.inTransaction(() -> accounts.listMembers(business, query, PageRequest.first())).items().stream()
                .map(m -> m.state().name()).toList();
    }

    private java.util.Optional<io.salescore.domain.access.Actor> actorOf(byte[] hash) {
        return tx.read(() -> accounts.findLiveToken(hash, now.minusSeconds(60), now.minusSeconds(60))
                .map(t -> t.actor()));
    }
}
