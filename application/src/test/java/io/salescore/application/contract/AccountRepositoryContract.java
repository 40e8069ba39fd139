package io.salescore.application.contract;

import io.salescore.application.account.port.Profile;
import io.salescore.application.account.port.StaffQuery;
import io.salescore.application.account.port.out.AccountRepository;
import io.salescore.application.account.port.out.CredentialStore;
import io.salescore.application.account.port.out.LoginThrottleLog;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The contract of {@link AccountRepository}, the four account ports in one:
 * <ul>
 *   <li>{@link io.salescore.application.account.port.out.StaffDirectory}: users read back as written, within their
 *   business; an email belongs to one user across businesses ({@code EMAIL_TAKEN}); the member list is ordered by
 *   name ignoring case, then id, paged and filtered; {@code updateMember} writes the password hash only when given;
 *   {@code revokeAllTokens} ends exactly the user's live tokens; {@code existingStorefronts} keeps the business's
 *   own.</li>
 *   <li>{@link CredentialStore}: a token works while unrevoked, used and issued recently enough (both limits
 *   inclusive) and its user is active; revoking works once and frees the hash; the live list is newest first and
 *   marks the current token; expired tokens end (and count as revoked at that time) and ended ones are deleted
 *   once old.</li>
 *   <li>{@link LoginThrottleLog}: attempts after a time are counted in total and per address with the oldest of
 *   each; a successful login makes the address known from that time on; both are deleted once old; the per-email
 *   lock serialises transactions.</li>
 *   <li>{@link io.salescore.application.account.port.out.ProfileStore}: the profile shows the user, the business
 *   with its first OWNER, and the storefronts the role may work in, by name.</li>
 * </ul>
 * Emails, token hashes and login attempts are not scoped to a business: every test makes up its own (random)
 * ones. The methods that purge across the store ({@code endExpiredTokens}, {@code deleteEndedTokens}, the two
 * {@code delete...Before}) only ever see this test's rows because of the time rule of {@link PortContract#start}.
 * Subclass it with your adapter and its {@link ContractFixture}.
 */
public abstract class AccountRepositoryContract<F extends ContractFixture> extends PortContract<F> {

    /** The adapter under test, working on {@code fixture}'s store and joining its unit of work. */
    protected abstract AccountRepository accountRepository(F fixture);

    private AccountRepository repo;

    @Override
    protected void afterSetUp() {
        repo = accountRepository(fixture);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** A unique email for a name (emails are unique across every business of the store). */
    private static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + shortId().toLowerCase(Locale.ROOT)
                + "@contract.test";
    }

    private static String hashOf(String name) {
        return "hash-of-" + name;
    }

    /** A user inserted through the port at {@code now}, read back as a member. */
    private StaffMember added(BusinessId business, String name, Role role, List<StorefrontId> storefronts,
                              Instant now) {
        UserId id = UserId.of(UUID.randomUUID());
        run(() -> repo.insertUser(business, new Profile.UserView(id, name, email(name)), hashOf(name), role,
                storefronts, now));
        return tx(() -> repo.findMember(business, id)).orElseThrow();
    }

    private StaffMember added(BusinessId business, String name, Role role, List<StorefrontId> storefronts) {
        return added(business, name, role, storefronts, at(10));
    }

    private StaffMember added(String name) {
        return added(shop.business(), name, Role.CASHIER, List.of());
    }

    private static StaffMember.State withActive(StaffMember.State s, boolean active, Instant now) {
        return new StaffMember.State(s.id(), s.businessId(), s.name(), s.email(), s.role(), s.storefronts(), active,
                s.createdAt(), now);
    }

    private void setActive(StaffMember member, boolean active, Instant now) {
        run(() -> repo.updateMember(StaffMember.restore(withActive(member.state(), active, now)), null));
    }

    private static byte[] newHash() {
        byte[] hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        return hash;
    }

    /** A token of the member issued at {@code now}, by its hash. */
    private byte[] issued(StaffMember member, Instant now) {
        byte[] hash = newHash();
        run(() -> repo.insertToken(hash, member.state().businessId(), member.id(), now));
        return hash;
    }

    /** The token if it still works under the widest limits of this test's day. */
    private Optional<CredentialStore.LiveToken> live(byte[] hash) {
        return tx(() -> repo.findLiveToken(hash, start, start));
    }

    private UUID idOf(byte[] hash) {
        return live(hash).orElseThrow().id();
    }

    private List<String> names(BusinessId business, StaffQuery query) {
        return tx(() -> repo.listMembers(business, query, PageRequest.first())).items().stream()
                .map(m -> m.state().name()).toList();
    }

    private LoginThrottleLog.LoginAttempts count(String email, String address, Instant since) {
        return tx(() -> repo.countLoginAttempts(email, address, since));
    }

    private UUID attempt(String email, String address, Instant at) {
        return tx(() -> repo.recordLoginAttempt(email, address, at));
    }

    private boolean loggedInFrom(String email, String address, Instant since) {
        return tx(() -> repo.loggedInFrom(email, address, since));
    }

    private static void emailTaken(ConflictException e) {
        assertThat(e.code()).isEqualTo("EMAIL_TAKEN");
    }

    // ---- StaffDirectory ---------------------------------------------------------------------------------------

    @Test
    void a_user_reads_back_as_a_member_and_as_the_credentials_of_its_email() {
        StorefrontId harbour = fixture.newStorefront(shop.business(), "Harbour Front", "HARB", start);
        UserId id = UserId.of(UUID.randomUUID());
        String email = email("Kofi Mensah");
        run(() -> repo.insertUser(shop.business(), new Profile.UserView(id, "Kofi Mensah", email), "hash-1",
                Role.MANAGER, List.of(harbour, shop.storefront()), at(10)));

        StaffMember.State expected = new StaffMember.State(id, shop.business(), "Kofi Mensah", email, Role.MANAGER,
                List.of(harbour, shop.storefront()), true, at(10), at(10));
        assertThat(tx(() -> repo.findMember(shop.business(), id))).hasValueSatisfying(m ->
                assertThat(m.state()).isEqualTo(expected));
        assertThat(tx(() -> repo.findMemberForUpdate(shop.business(), id))).hasValueSatisfying(m ->
                assertThat(m.state()).isEqualTo(expected));
        assertThat(tx(() -> repo.findCredentials(email)))
                .contains(new CredentialStore.Credentials(id, shop.business(), "hash-1", true));
        assertThat(tx(() -> repo.findEmail(shop.business(), id))).contains(email);
        assertThat(tx(() -> repo.findPasswordHash(shop.business(), id))).contains("hash-1");
        assertThat(tx(() -> repo.findCredentials("someone.else." + email))).isEmpty();
    }

    @Test
    void another_business_finds_neither_the_member_nor_its_email_nor_its_password() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        StaffMember kofi = added("Kofi Mensah");

        assertThat(tx(() -> repo.findMember(other.business(), kofi.id()))).isEmpty();
        assertThat(tx(() -> repo.findMemberForUpdate(other.business(), kofi.id()))).isEmpty();
        assertThat(tx(() -> repo.findEmail(other.business(), kofi.id()))).isEmpty();
        assertThat(tx(() -> repo.findPasswordHash(other.business(), kofi.id()))).isEmpty();
        assertThat(tx(() -> repo.findMember(shop.business(), UserId.of(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void an_email_belongs_to_one_user_across_every_business() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        StaffMember kofi = added("Kofi Mensah");
        UserId second = UserId.of(UUID.randomUUID());

        assertThatThrownBy(() -> run(() -> repo.insertUser(other.business(),
                new Profile.UserView(second, "Kofi Other", kofi.state().email()), "hash-2", Role.OWNER, List.of(),
                at(20)))).isInstanceOfSatisfying(ConflictException.class, AccountRepositoryContract::emailTaken);

        assertThat(tx(() -> repo.findMember(other.business(), second))).isEmpty();
        assertThat(tx(() -> repo.findCredentials(kofi.state().email()))).hasValueSatisfying(c ->
                assertThat(c.userId()).isEqualTo(kofi.id()));
    }

    @Test
    void update_member_writes_every_field_and_the_password_hash_only_when_one_is_given() {
        StorefrontId harbour = fixture.newStorefront(shop.business(), "Harbour Front", "HARB", start);
        StaffMember kofi = added(shop.business(), "Kofi Mensah", Role.CASHIER, List.of(shop.storefront()));
        String oldEmail = kofi.state().email();
        String newEmail = email("Kofi Owusu");
        StaffMember.State changed = new StaffMember.State(kofi.id(), shop.business(), "Kofi Owusu", newEmail,
                Role.MANAGER, List.of(harbour), false, kofi.state().createdAt(), at(30));

        run(() -> repo.updateMember(StaffMember.restore(changed), null));

        assertThat(tx(() -> repo.findMember(shop.business(), kofi.id()))).hasValueSatisfying(m ->
                assertThat(m.state()).isEqualTo(changed));
        assertThat(tx(() -> repo.findCredentials(newEmail))).as("the password is kept")
                .contains(new CredentialStore.Credentials(kofi.id(), shop.business(), hashOf("Kofi Mensah"), false));
        assertThat(tx(() -> repo.findCredentials(oldEmail))).as("the old email is free").isEmpty();

        StaffMember.State reactivated = withActive(changed, true, at(40));
        run(() -> repo.updateMember(StaffMember.restore(reactivated), "hash-new"));

        assertThat(tx(() -> repo.findMember(shop.business(), kofi.id()))).hasValueSatisfying(m ->
                assertThat(m.state()).isEqualTo(reactivated));
        assertThat(tx(() -> repo.findPasswordHash(shop.business(), kofi.id()))).contains("hash-new");
        assertThat(tx(() -> repo.findCredentials(newEmail)))
                .contains(new CredentialStore.Credentials(kofi.id(), shop.business(), "hash-new", true));
    }

    @Test
    void update_member_to_an_email_another_user_has_is_a_conflict_and_changes_nothing() {
        StaffMember abena = added("Abena Osei");
        StaffMember kwame = added("Kwame Asante");
        StaffMember.State k = kwame.state();
        StaffMember.State taken = new StaffMember.State(k.id(), k.businessId(), "Kwame Renamed",
                abena.state().email(), Role.MANAGER, k.storefronts(), k.active(), k.createdAt(), at(30));

        assertThatThrownBy(() -> run(() -> repo.updateMember(StaffMember.restore(taken), "hash-new")))
                .isInstanceOfSatisfying(ConflictException.class, AccountRepositoryContract::emailTaken);

        assertThat(tx(() -> repo.findMember(shop.business(), kwame.id()))).hasValueSatisfying(m ->
                assertThat(m.state()).isEqualTo(k));
        assertThat(tx(() -> repo.findPasswordHash(shop.business(), kwame.id()))).contains(hashOf("Kwame Asante"));
        assertThat(tx(() -> repo.findCredentials(abena.state().email()))).hasValueSatisfying(c ->
                assertThat(c.userId()).isEqualTo(abena.id()));
    }

    @Test
    void update_password_replaces_the_hash_of_that_user_in_that_business_only() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        StaffMember abena = added("Abena Osei");
        StaffMember kwame = added("Kwame Asante");

        run(() -> repo.updatePassword(shop.business(), abena.id(), "hash-new", at(30)));
        run(() -> repo.updatePassword(other.business(), kwame.id(), "hash-foreign", at(31)));

        assertThat(tx(() -> repo.findPasswordHash(shop.business(), abena.id()))).contains("hash-new");
        assertThat(tx(() -> repo.findCredentials(abena.state().email()))).hasValueSatisfying(c ->
                assertThat(c.passwordHash()).isEqualTo("hash-new"));
        assertThat(tx(() -> repo.findMember(shop.business(), abena.id()))).hasValueSatisfying(m ->
                assertThat(m.state().updatedAt()).isEqualTo(at(30)));
        assertThat(tx(() -> repo.findPasswordHash(shop.business(), kwame.id()))).contains(hashOf("Kwame Asante"));
        assertThat(tx(() -> repo.findMember(shop.business(), kwame.id()))).hasValueSatisfying(m ->
                assertThat(m.state()).isEqualTo(kwame.state()));
    }

    @Test
    void the_member_list_orders_by_name_ignoring_case_then_by_id_and_pages() {
        BusinessId team = fixture.newBusiness("Team Shop", "UTC", start);
        StaffMember charlie = added(team, "charlie Owusu", Role.CASHIER, List.of());
        StaffMember abena = added(team, "Abena Osei", Role.MANAGER, List.of());
        StaffMember bright = added(team, "bright Adjei", Role.CASHIER, List.of());
        StaffMember twin = added(team, "Abena Osei", Role.CASHIER, List.of());
        StaffMember dede = added(team, "Dede Ayew", Role.CASHIER, List.of()); // by case alone it would come second
        List<UserId> abenas = List.of(abena.id(), twin.id()).stream()
                .sorted(Comparator.comparing(id -> id.value().toString())).toList(); // uuid order: its lowercase text

        Page<StaffMember> all = tx(() -> repo.listMembers(team, StaffQuery.activeOnly(), PageRequest.first()));
        Page<StaffMember> second = tx(() -> repo.listMembers(team, StaffQuery.activeOnly(), new PageRequest(2, 4)));
        Page<StaffMember> beyond = tx(() -> repo.listMembers(team, StaffQuery.activeOnly(), new PageRequest(3, 3)));

        assertThat(all.items()).extracting(StaffMember::id)
                .containsExactly(abenas.get(0), abenas.get(1), bright.id(), charlie.id(), dede.id());
        assertThat(all.items().get(2).state()).as("members read back whole").isEqualTo(bright.state());
        assertThat(all.total()).isEqualTo(5);
        assertThat(second.items()).extracting(StaffMember::id).containsExactly(dede.id());
        assertThat(second.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void the_member_list_filters_by_activity_roles_storefront_and_a_search_in_name_or_email() {
        BusinessId team = fixture.newBusiness("Team Shop", "UTC", start);
        StorefrontId north = fixture.newStorefront(team, "North", "NORTH", start);
        StorefrontId south = fixture.newStorefront(team, "South", "SOUTH", start);
        added(team, "Abena Osei", Role.OWNER, List.of());
        added(team, "Kwame Asante", Role.MANAGER, List.of(north, south));
        StaffMember yaw = added(team, "Yaw Boateng", Role.CASHIER, List.of(south));
        StaffMember esi = added(team, "Esi Gone", Role.CASHIER, List.of(north));
        setActive(esi, false, at(20));
        added(shop.business(), "Kwame Elsewhere", Role.MANAGER, List.of());
        String yawsSuffix = yaw.state().email().split("[.@]")[2].toUpperCase(Locale.ROOT);

        assertThat(names(team, new StaffQuery(null, List.of(), null, null)))
                .containsExactly("Abena Osei", "Esi Gone", "Kwame Asante", "Yaw Boateng");
        assertThat(names(team, StaffQuery.activeOnly())).containsExactly("Abena Osei", "Kwame Asante", "Yaw Boateng");
        assertThat(names(team, new StaffQuery(null, List.of(), null, false))).containsExactly("Esi Gone");
        assertThat(names(team, new StaffQuery(null, List.of(Role.MANAGER, Role.OWNER), null, null)))
                .containsExactly("Abena Osei", "Kwame Asante");
        assertThat(names(team, new StaffQuery(null, List.of(), north, null))).containsExactly("Esi Gone",
                "Kwame Asante");
        assertThat(names(team, new StaffQuery(null, List.of(Role.CASHIER), south, true)))
                .containsExactly("Yaw Boateng");
        assertThat(names(team, new StaffQuery("BOATENG", List.of(), null, null))).as("name, any case")
                .containsExactly("Yaw Boateng");
        assertThat(names(team, new StaffQuery(yawsSuffix, List.of(), null, null))).as("email, any case")
                .containsExactly("Yaw Boateng");
        assertThat(names(team, new StaffQuery("kwame", List.of(), null, null))).as("only this business")
                .containsExactly("Kwame Asante");
        assertThat(names(team, new StaffQuery("a_o", List.of(), null, null))).as("_ is no wildcard").isEmpty();
        assertThat(names(team, new StaffQuery("%", List.of(), null, null))).as("% is no wildcard").isEmpty();
        assertThat(tx(() -> repo.listMembers(team, new StaffQuery(null, List.of(), north, null),
                PageRequest.first())).total()).isEqualTo(2);
    }

    @Test
    void revoke_all_tokens_revokes_every_live_token_of_that_user_and_no_other() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        StaffMember abena = added("Abena Osei");
        StaffMember kwame = added("Kwame Asante");
        byte[] first = issued(abena, at(20));
        byte[] second = issued(abena, at(21));
        byte[] revoked = issued(abena, at(22));
        byte[] kwames = issued(kwame, at(23));
        run(() -> repo.revokeToken(revoked, at(25)));

        assertThat(tx(() -> repo.revokeAllTokens(other.business(), abena.id(), at(29)))).as("another business")
                .isZero();
        assertThat(tx(() -> repo.revokeAllTokens(shop.business(), abena.id(), at(30)))).isEqualTo(2);
        assertThat(tx(() -> repo.revokeAllTokens(shop.business(), abena.id(), at(31)))).isZero();

        assertThat(live(first)).isEmpty();
        assertThat(live(second)).isEmpty();
        assertThat(live(kwames)).isPresent();
    }

    @Test
    void existing_storefronts_are_those_among_the_ids_that_belong_to_the_business() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        StorefrontId harbour = fixture.newStorefront(shop.business(), "Harbour Front", "HARB", start);
        StorefrontId unknown = StorefrontId.of(UUID.randomUUID());

        assertThat(tx(() -> repo.existingStorefronts(shop.business(),
                List.of(shop.storefront(), harbour, other.storefront(), unknown))))
                .containsExactlyInAnyOrder(shop.storefront(), harbour);
        assertThat(tx(() -> repo.existingStorefronts(shop.business(), List.of(unknown)))).isEmpty();
        assertThat(tx(() -> repo.existingStorefronts(shop.business(), List.of()))).isEmpty();
    }

    // ---- CredentialStore: tokens ------------------------------------------------------------------------------

    @Test
    void an_issued_token_is_found_by_its_hash_with_its_user_as_the_actor() {
        StorefrontId harbour = fixture.newStorefront(shop.business(), "Harbour Front", "HARB", start);
        StaffMember kofi = added(shop.business(), "Kofi Mensah", Role.MANAGER, List.of(shop.storefront(), harbour));
        byte[] hash = issued(kofi, at(20));

        CredentialStore.LiveToken token = tx(() -> repo.findLiveToken(hash.clone(), at(20), at(20))).orElseThrow();

        assertThat(token.id()).isNotNull();
        assertThat(token.lastUsedAt()).as("never used: the issue counts as the last use").isEqualTo(at(20));
        assertThat(token.actor()).isEqualTo(new Actor(kofi.id(), "Kofi Mensah", shop.business(), Role.MANAGER,
                Set.of(shop.storefront(), harbour), null, null));
        assertThat(live(newHash())).isEmpty();
    }

    @Test
    void a_token_works_only_while_used_and_issued_recently_enough() {
        byte[] hash = issued(added("Kofi Mensah"), at(20));

        assertThat(tx(() -> repo.findLiveToken(hash, at(21), at(0)))).as("idle").isEmpty();
        assertThat(tx(() -> repo.findLiveToken(hash, at(0), at(21)))).as("too old").isEmpty();

        run(() -> repo.touchToken(idOf(hash), at(100)));

        assertThat(tx(() -> repo.findLiveToken(hash, at(100), at(20)))).as("both limits inclusive")
                .hasValueSatisfying(t -> assertThat(t.lastUsedAt()).isEqualTo(at(100)));
        assertThat(tx(() -> repo.findLiveToken(hash, at(101), at(20)))).as("idle since the use").isEmpty();
        assertThat(tx(() -> repo.findLiveToken(hash, at(50), at(21)))).as("the age counts from the issue")
                .isEmpty();
    }

    @Test
    void a_touch_never_moves_the_last_use_back() {
        byte[] hash = issued(added("Kofi Mensah"), at(20));
        UUID id = idOf(hash);

        run(() -> repo.touchToken(id, at(100)));
        run(() -> repo.touchToken(id, at(50)));

        assertThat(live(hash)).hasValueSatisfying(t -> assertThat(t.lastUsedAt()).isEqualTo(at(100)));
    }

    @Test
    void the_token_of_an_inactive_user_does_not_work_until_the_user_is_active_again() {
        StaffMember kofi = added("Kofi Mensah");
        byte[] hash = issued(kofi, at(20));

        setActive(kofi, false, at(30));
        assertThat(live(hash)).isEmpty();

        setActive(kofi, true, at(40));
        assertThat(live(hash)).isPresent();
    }

    @Test
    void revoking_a_token_works_once_and_frees_its_hash() {
        StaffMember kofi = added("Kofi Mensah");
        byte[] hash = issued(kofi, at(20));
        UUID first = idOf(hash);

        assertThat(tx(() -> repo.revokeToken(hash.clone(), at(30)))).isTrue();
        assertThat(tx(() -> repo.revokeToken(hash, at(31)))).isFalse();
        assertThat(tx(() -> repo.revokeToken(newHash(), at(32)))).isFalse();
        assertThat(live(hash)).isEmpty();

        run(() -> repo.insertToken(hash, shop.business(), kofi.id(), at(40)));
        assertThat(live(hash)).as("the hash was dropped, so it may be issued again")
                .hasValueSatisfying(t -> assertThat(t.id()).isNotEqualTo(first));
    }

    @Test
    void revoking_a_token_by_id_works_once_and_only_for_its_user_in_its_business() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        StaffMember abena = added("Abena Osei");
        StaffMember kwame = added("Kwame Asante");
        byte[] abenas = issued(abena, at(20));
        byte[] kwames = issued(kwame, at(21));
        UUID id = idOf(abenas);

        assertThat(tx(() -> repo.revokeTokenById(shop.business(), kwame.id(), id, at(30)))).as("other user")
                .isFalse();
        assertThat(tx(() -> repo.revokeTokenById(other.business(), abena.id(), id, at(30)))).as("other business")
                .isFalse();
        assertThat(tx(() -> repo.revokeTokenById(shop.business(), abena.id(), UUID.randomUUID(), at(30))))
                .as("unknown id").isFalse();
        assertThat(live(abenas)).isPresent();

        assertThat(tx(() -> repo.revokeTokenById(shop.business(), abena.id(), id, at(31)))).isTrue();
        assertThat(tx(() -> repo.revokeTokenById(shop.business(), abena.id(), id, at(32)))).isFalse();
        assertThat(live(abenas)).isEmpty();
        assertThat(live(kwames)).isPresent();
        assertThat(tx(() -> repo.revokeToken(abenas, at(33)))).as("its hash went with it").isFalse();
    }

    @Test
    void revoke_other_tokens_revokes_every_live_token_of_the_user_but_the_kept_one() {
        StaffMember abena = added("Abena Osei");
        StaffMember kwame = added("Kwame Asante");
        byte[] kept = issued(abena, at(20));
        byte[] second = issued(abena, at(21));
        byte[] third = issued(abena, at(22));
        byte[] revoked = issued(abena, at(23));
        byte[] kwames = issued(kwame, at(24));
        run(() -> repo.revokeToken(revoked, at(25)));

        assertThat(tx(() -> repo.revokeOtherTokens(shop.business(), abena.id(), kept.clone(), at(30))))
                .isEqualTo(2);

        assertThat(live(kept)).isPresent();
        assertThat(live(second)).isEmpty();
        assertThat(live(third)).isEmpty();
        assertThat(live(kwames)).isPresent();
        assertThat(tx(() -> repo.revokeOtherTokens(shop.business(), abena.id(), kept, at(31)))).isZero();
    }

    @Test
    void the_live_token_list_is_newest_first_marks_the_current_one_and_pages() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        StaffMember abena = added("Abena Osei");
        StaffMember kwame = added("Kwame Asante");
        byte[] oldest = issued(abena, at(10));
        byte[] current = issued(abena, at(20));
        byte[] newest = issued(abena, at(30));
        byte[] revoked = issued(abena, at(40));
        byte[] idle = issued(abena, at(5));
        byte[] tooOld = issued(abena, at(1));
        issued(kwame, at(50));
        run(() -> repo.revokeToken(revoked, at(41)));
        run(() -> repo.touchToken(idOf(tooOld), at(60)));
        run(() -> repo.touchToken(idOf(oldest), at(70)));
        Instant usedSince = at(6);
        Instant issuedSince = at(2);

        Page<CredentialStore.TokenInfo> all = tx(() -> repo.listLiveTokens(shop.business(), abena.id(),
                current.clone(), usedSince, issuedSince, PageRequest.first()));
        Page<CredentialStore.TokenInfo> second = tx(() -> repo.listLiveTokens(shop.business(), abena.id(), current,
                usedSince, issuedSince, new PageRequest(2, 2)));
        Page<CredentialStore.TokenInfo> anonymous = tx(() -> repo.listLiveTokens(shop.business(), abena.id(), null,
                usedSince, issuedSince, PageRequest.first()));

        assertThat(all.items()).containsExactly(
                new CredentialStore.TokenInfo(idOf(newest), at(30), at(30), false),
                new CredentialStore.TokenInfo(idOf(current), at(20), at(20), true),
                new CredentialStore.TokenInfo(idOf(oldest), at(10), at(70), false));
        assertThat(all.total()).isEqualTo(3);
        assertThat(second.items()).extracting(CredentialStore.TokenInfo::id).containsExactly(idOf(oldest));
        assertThat(second.total()).isEqualTo(3);
        assertThat(anonymous.items()).extracting(CredentialStore.TokenInfo::current)
                .containsExactly(false, false, false);
        assertThat(tx(() -> repo.listLiveTokens(other.business(), abena.id(), current, usedSince, issuedSince,
                PageRequest.first())).total()).as("another business").isZero();
        assertThat(live(idle)).as("still unrevoked, only past the limits of this list").isPresent();
    }

    @Test
    void ending_expired_tokens_ends_the_idle_and_the_old_ones_and_drops_their_hashes() {
        StaffMember kofi = added("Kofi Mensah");
        byte[] idle = issued(kofi, at(10));
        byte[] old = issued(kofi, at(5));
        byte[] fresh = issued(kofi, at(30));
        byte[] revoked = issued(kofi, at(12));
        run(() -> repo.touchToken(idOf(old), at(50)));
        run(() -> repo.revokeToken(revoked, at(15)));

        assertThat(tx(() -> repo.endExpiredTokens(at(100), at(20), at(8)))).isEqualTo(2);
        assertThat(tx(() -> repo.endExpiredTokens(at(100), at(20), at(8)))).as("each ends once").isZero();

        assertThat(live(idle)).isEmpty();
        assertThat(live(old)).isEmpty();
        assertThat(live(fresh)).isPresent();
        assertThat(tx(() -> repo.revokeToken(idle, at(101)))).as("ended counts as revoked").isFalse();
        run(() -> repo.insertToken(idle, shop.business(), kofi.id(), at(102)));
        assertThat(live(idle)).as("the hash was dropped").isPresent();
        assertThat(tx(() -> repo.deleteEndedTokens(at(100)))).as("ended at 100, revoked at 15").isEqualTo(1);
        assertThat(tx(() -> repo.deleteEndedTokens(at(100).plusMillis(1)))).as("ended at 100").isEqualTo(2);
    }

    @Test
    void deleting_ended_tokens_deletes_those_ended_before_the_time_and_never_a_live_one() {
        StaffMember kofi = added("Kofi Mensah");
        byte[] revoked = issued(kofi, at(10));
        byte[] revokedById = issued(kofi, at(10));
        issued(kofi, at(11));
        byte[] liveOne = issued(kofi, at(30));
        run(() -> repo.revokeToken(revoked, at(20)));
        run(() -> repo.revokeTokenById(shop.business(), kofi.id(), idOf(revokedById), at(40)));
        run(() -> repo.endExpiredTokens(at(60), at(25), start));

        assertThat(tx(() -> repo.deleteEndedTokens(at(20)))).as("strictly before").isZero();
        assertThat(tx(() -> repo.deleteEndedTokens(at(21)))).isEqualTo(1);
        assertThat(tx(() -> repo.deleteEndedTokens(at(61)))).isEqualTo(2);
        assertThat(tx(() -> repo.deleteEndedTokens(at(61)))).isZero();

        assertThat(live(liveOne)).isPresent();
        assertThat(tx(() -> repo.listLiveTokens(shop.business(), kofi.id(), null, start, start,
                PageRequest.first())).items()).extracting(CredentialStore.TokenInfo::id).containsExactly(idOf(liveOne));
    }

    // ---- LoginThrottleLog -------------------------------------------------------------------------------------

    @Test
    void login_attempts_after_the_time_are_counted_in_total_and_from_the_address_with_the_oldest_of_each() {
        String email = email("Login Test");
        attempt(email, "10.0.0.1", at(10));
        attempt(email, "10.0.0.2", at(20));
        attempt(email, "10.0.0.1", at(30));
        attempt(email, "10.0.0.2", at(40));
        attempt(email("Someone Else"), "10.0.0.1", at(15));

        assertThat(count(email, "10.0.0.1", at(0)))
                .isEqualTo(new LoginThrottleLog.LoginAttempts(4, at(10), 2, at(10)));
        assertThat(count(email, "10.0.0.2", at(10))).as("an attempt at the time itself is out of the window")
                .isEqualTo(new LoginThrottleLog.LoginAttempts(3, at(20), 2, at(20)));
        assertThat(count(email, "10.0.0.9", at(0)))
                .isEqualTo(new LoginThrottleLog.LoginAttempts(4, at(10), 0, null));
        assertThat(count(email("Nobody"), "10.0.0.1", at(0)))
                .isEqualTo(new LoginThrottleLog.LoginAttempts(0, null, 0, null));
    }

    @Test
    void a_deleted_attempt_no_longer_counts() {
        String email = email("Login Test");
        UUID first = attempt(email, "10.0.0.1", at(10));
        UUID second = attempt(email, "10.0.0.1", at(20));

        run(() -> repo.deleteLoginAttempt(first));
        run(() -> repo.deleteLoginAttempt(UUID.randomUUID()));

        assertThat(second).isNotEqualTo(first);
        assertThat(count(email, "10.0.0.1", start))
                .isEqualTo(new LoginThrottleLog.LoginAttempts(1, at(20), 1, at(20)));
    }

    @Test
    void a_successful_login_makes_the_address_known_for_that_email_from_that_time_on() {
        String email = email("Login Test");
        run(() -> repo.recordSuccessfulLogin(email, "10.0.0.1", at(100)));

        assertThat(loggedInFrom(email, "10.0.0.1", at(100))).as("at the time itself").isTrue();
        assertThat(loggedInFrom(email, "10.0.0.1", at(101))).isFalse();
        assertThat(loggedInFrom(email, "10.0.0.2", at(0))).as("another address").isFalse();
        assertThat(loggedInFrom(email("Someone Else"), "10.0.0.1", at(0))).as("another email").isFalse();

        run(() -> repo.recordSuccessfulLogin(email, "10.0.0.1", at(200)));
        run(() -> repo.recordSuccessfulLogin(email, "10.0.0.1", at(150)));

        assertThat(loggedInFrom(email, "10.0.0.1", at(200))).as("the latest login counts").isTrue();
    }

    @Test
    void login_addresses_are_forgotten_once_older_than_the_time() {
        String email = email("Login Test");
        String another = email("Someone Else");
        run(() -> repo.recordSuccessfulLogin(email, "10.0.0.1", at(10)));
        run(() -> repo.recordSuccessfulLogin(email, "10.0.0.2", at(20)));
        run(() -> repo.recordSuccessfulLogin(another, "10.0.0.1", at(30)));

        assertThat(tx(() -> repo.deleteLoginAddressesBefore(at(20)))).isEqualTo(1);

        assertThat(loggedInFrom(email, "10.0.0.1", start)).isFalse();
        assertThat(loggedInFrom(email, "10.0.0.2", start)).isTrue();
        assertThat(tx(() -> repo.deleteLoginAddressesBefore(at(31)))).isEqualTo(2);
        assertThat(tx(() -> repo.deleteLoginAddressesBefore(at(31)))).isZero();
        assertThat(loggedInFrom(another, "10.0.0.1", start)).isFalse();
    }

    @Test
    void failed_logins_are_deleted_once_older_than_the_time() {
        String email = email("Login Test");
        attempt(email, "10.0.0.1", at(10));
        attempt(email, "10.0.0.1", at(20));
        attempt(email("Someone Else"), "10.0.0.1", at(30));

        assertThat(tx(() -> repo.deleteFailedLoginsBefore(at(20)))).isEqualTo(1);

        assertThat(count(email, "10.0.0.1", start))
                .isEqualTo(new LoginThrottleLog.LoginAttempts(1, at(20), 1, at(20)));
        assertThat(tx(() -> repo.deleteFailedLoginsBefore(at(31)))).isEqualTo(2);
        assertThat(tx(() -> repo.deleteFailedLoginsBefore(at(31)))).isZero();
    }

    @Test
    void the_login_email_lock_makes_a_second_transaction_wait_for_the_first_to_end() throws Exception {
        String email = email("Login Test");
        CountDownLatch locked = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<?> attempting = first.submit(() -> run(() -> {
                repo.lockLoginEmail(email);
                repo.lockLoginEmail(email); // taking it again in the same transaction does not block
                locked.countDown();
                pause();
                repo.recordLoginAttempt(email, "10.0.0.1", at(10));
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

            LoginThrottleLog.LoginAttempts seen = tx(() -> {
                repo.lockLoginEmail(email);
                return repo.countLoginAttempts(email, "10.0.0.1", start);
            });

            assertThat(seen.total()).as("counted after the first committed").isEqualTo(1);
            attempting.get(30, TimeUnit.SECONDS);
        } finally {
            first.shutdownNow();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- ProfileStore -----------------------------------------------------------------------------------------

    @Test
    void a_profile_shows_the_user_the_business_with_its_first_owner_and_the_storefronts_the_role_may_work_in() {
        BusinessId id = BusinessId.of(UUID.randomUUID());
        run(() -> repo.insertBusiness(new Profile.BusinessView(id, "Harbour Traders", "GHS", "Africa/Accra"), at(5)));
        StorefrontId west = fixture.newStorefront(id, "West Market", "WEST", at(6));
        StorefrontId east = fixture.newStorefront(id, "East Market", "EAST", at(6));
        StaffMember owner = added(id, "Abena Osei", Role.OWNER, List.of(), at(10));
        added(id, "Zed Later", Role.OWNER, List.of(), at(20));
        StaffMember admin = added(id, "Ama Admin", Role.ADMIN, List.of(), at(25));
        StaffMember cashier = added(id, "Yaw Boateng", Role.CASHIER, List.of(west), at(30));

        Profile ofOwner = tx(() -> repo.loadProfile(id, owner.id()));
        Profile ofAdmin = tx(() -> repo.loadProfile(id, admin.id()));
        Profile ofCashier = tx(() -> repo.loadProfile(id, cashier.id()));

        Profile.BusinessView business = new Profile.BusinessView(id, "Harbour Traders", "GHS", "Africa/Accra",
                owner.id(), "Abena Osei", at(5), at(5));
        assertThat(ofOwner.user()).isEqualTo(new Profile.UserView(owner.id(), "Abena Osei", owner.state().email(),
                at(10), at(10)));
        assertThat(ofOwner.business()).isEqualTo(business);
        assertThat(ofOwner.role()).isEqualTo(Role.OWNER);
        assertThat(ofOwner.storefronts()).extracting(Profile.StorefrontView::id, Profile.StorefrontView::name,
                Profile.StorefrontView::active).containsExactly(tuple(east, "East Market", true),
                tuple(west, "West Market", true));
        assertThat(ofAdmin.role()).isEqualTo(Role.ADMIN);
        assertThat(ofAdmin.storefrontIds()).containsExactly(east, west);
        assertThat(ofCashier.user()).isEqualTo(new Profile.UserView(cashier.id(), "Yaw Boateng",
                cashier.state().email(), at(30), at(30)));
        assertThat(ofCashier.business()).isEqualTo(business);
        assertThat(ofCashier.role()).isEqualTo(Role.CASHIER);
        assertThat(ofCashier.storefrontIds()).containsExactly(west);
    }

    @Test
    void a_profile_shows_the_members_changes_and_no_owner_while_the_business_has_none() {
        BusinessId id = BusinessId.of(UUID.randomUUID());
        run(() -> repo.insertBusiness(new Profile.BusinessView(id, "No Owner Yet", "USD", "UTC"), at(5)));
        StorefrontId north = fixture.newStorefront(id, "North", "NORTH", at(6));
        fixture.newStorefront(id, "South", "SOUTH", at(6));
        StaffMember manager = added(id, "Kwame Asante", Role.MANAGER, List.of(), at(10));
        StaffMember.State m = manager.state();
        String newEmail = email("Kwame Mensah");
        run(() -> repo.updateMember(StaffMember.restore(new StaffMember.State(m.id(), id, "Kwame Mensah", newEmail,
                Role.MANAGER, List.of(north), true, m.createdAt(), at(40))), null));

        Profile profile = tx(() -> repo.loadProfile(id, manager.id()));

        assertThat(profile.user()).isEqualTo(new Profile.UserView(manager.id(), "Kwame Mensah", newEmail, at(10),
                at(40)));
        assertThat(profile.business()).isEqualTo(new Profile.BusinessView(id, "No Owner Yet", "USD", "UTC", null,
                null, at(5), at(5)));
        assertThat(profile.storefrontIds()).containsExactly(north);
    }
}
