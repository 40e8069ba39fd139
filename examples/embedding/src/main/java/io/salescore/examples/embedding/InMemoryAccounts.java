package io.salescore.examples.embedding;

import io.salescore.application.account.port.Profile;
import io.salescore.application.account.port.StaffQuery;
import io.salescore.application.account.port.out.AccountRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.sale.port.SaleBusiness;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@link AccountRepository} over tables of users, API tokens, failed logins and the addresses of successful
 * logins. Businesses and storefronts are the {@link InMemoryCatalog}'s: {@link #insertBusiness} adds the business
 * there too (the sale use cases read it), and every user is also the catalog's staff row (sales show the
 * member's name). The example keeps no storefront locations, so profiles show them as {@code ""}.
 *
 * <p>Token hashes are kept as hex text (arrays compare by identity); a revoked or ended token drops its hash, so the
 * same hash may be issued again, as in {@code JdbiAccountRepository}. Emails, like its unique index, compare exactly:
 * the use cases normalise them before they get here.
 */
public final class InMemoryAccounts implements AccountRepository {

    /** When a business was registered (name, currency and timezone are the catalog's). */
    record BusinessRow(BusinessId id, Instant createdAt) {
    }

    /** {@code app_user}: a member of one business; the email is unique across every business. */
    record UserRow(BusinessId business, UserId id, String name, String email, String passwordHash, Role role,
                   List<StorefrontId> storefronts, boolean active, Instant createdAt, Instant updatedAt) {

        UserRow {
            storefronts = List.copyOf(storefronts);
        }

        StaffMember member() {
            return StaffMember.restore(new StaffMember.State(id, business, name, email, role, storefronts, active,
                    createdAt, updatedAt));
        }

        Actor actor() {
            return new Actor(id, name, business, role, new HashSet<>(storefronts), null, null);
        }
    }

    /** {@code api_token}: {@code hash} is null once revoked or ended; {@code lastUsedAt} null until first used. */
    record TokenRow(UUID id, String hash, BusinessId business, UserId user, Instant createdAt, Instant lastUsedAt,
                    Instant revokedAt) {

        Instant lastUse() {
            return lastUsedAt == null ? createdAt : lastUsedAt;
        }

        boolean unrevoked() {
            return revokedAt == null;
        }

        /** Unrevoked, last used at or after {@code usedSince} and issued at or after {@code issuedSince}. */
        boolean liveWithin(Instant usedSince, Instant issuedSince) {
            return unrevoked() && !createdAt.isBefore(issuedSince) && !lastUse().isBefore(usedSince);
        }

        boolean of(BusinessId b, UserId u) {
            return business.equals(b) && user.equals(u);
        }

        TokenRow revoked(Instant now) {
            return new TokenRow(id, null, business, user, createdAt, lastUsedAt, now);
        }

        TokenRow touched(Instant now) {
            return new TokenRow(id, hash, business, user, createdAt, now, revokedAt);
        }
    }

    /** {@code failed_login}: one attempt, deleted again when its password matched. */
    record AttemptRow(UUID id, String email, String address, Instant at) {
    }

    /** {@code login_address}: the email's latest successful login from the address. */
    record AddressKey(String email, String address) {
    }

    record AddressRow(AddressKey key, Instant lastLoginAt) {
    }

    private final InMemoryUnitOfWork tx;
    private final InMemoryCatalog catalog;
    private final IdGenerator ids;
    private final Table<BusinessId, BusinessRow> businesses;
    private final Table<UserId, UserRow> users;
    private final Table<UUID, TokenRow> tokens;
    private final Table<UUID, AttemptRow> attempts;
    private final Table<AddressKey, AddressRow> addresses;

    public InMemoryAccounts(InMemoryUnitOfWork tx, InMemoryCatalog catalog, IdGenerator ids) {
        this.tx = tx;
        this.catalog = catalog;
        this.ids = ids;
        this.businesses = tx.newTable("business (registration)");
        this.users = tx.newTable("app_user (accounts)");
        this.tokens = tx.newTable("api_token");
        this.attempts = tx.newTable("failed_login");
        this.addresses = tx.newTable("login_address");
    }

    // ---- ProfileStore -----------------------------------------------------------------------------------------

    @Override
    public void insertBusiness(Profile.BusinessView business, Instant now) {
        catalog.add(new InMemoryCatalog.BusinessRow(business.id(), business.name(), business.currency(),
                business.timezone()));
        businesses.put(business.id(), new BusinessRow(business.id(), now));
    }

    /**
     * The user, the business with its first OWNER (by creation, then id) and the storefronts the role may work in
     * (all for OWNER and ADMIN, the assigned ones otherwise), by name, then id.
     */
    @Override
    public Profile loadProfile(BusinessId business, UserId user) {
        UserRow u = user(business, user).orElseThrow(() -> new IllegalStateException(
                "No user " + user + " in business " + business));
        BusinessRow registered = businesses.find(business).orElseThrow(() -> new IllegalStateException(
                "Business " + business + " was not registered through the accounts"));
        SaleBusiness b = catalog.business(business);
        Optional<UserRow> owner = users.rows().filter(r -> r.business().equals(business) && r.role() == Role.OWNER)
                .min(Comparator.comparing(UserRow::createdAt).thenComparing(r -> r.id().value().toString()));
        List<Profile.StorefrontView> storefronts = catalog.storefrontsOf(business).stream()
                .filter(s -> u.role().seesAllStorefronts() || u.storefronts().contains(s.id()))
                .sorted(Comparator.comparing(InMemoryCatalog.StorefrontRow::name)
                        .thenComparing(s -> s.id().value().toString()))
                .map(s -> new Profile.StorefrontView(s.id(), s.name(), "", s.active()))
                .toList();
        return new Profile(
                new Profile.UserView(u.id(), u.name(), u.email(), u.createdAt(), u.updatedAt()),
                new Profile.BusinessView(business, b.name(), b.currency(), b.timezone(),
                        owner.map(UserRow::id).orElse(null), owner.map(UserRow::name).orElse(null),
                        registered.createdAt(), registered.createdAt()), // the example never changes a business
                u.role(), storefronts);
    }

    // ---- StaffDirectory ---------------------------------------------------------------------------------------

    @Override
    public void insertUser(BusinessId business, Profile.UserView user, String passwordHash, Role role,
                           List<StorefrontId> storefronts, Instant now) {
        requireFreeEmail(user.email(), user.id());
        write(new UserRow(business, user.id(), user.name(), user.email(), passwordHash, role, storefronts, true,
                now, now));
    }

    @Override
    public Optional<StaffMember> findMember(BusinessId business, UserId user) {
        return user(business, user).map(UserRow::member);
    }

    /** The unit of work's lock already keeps other use cases out; a real adapter locks the row here. */
    @Override
    public Optional<StaffMember> findMemberForUpdate(BusinessId business, UserId user) {
        return findMember(business, user);
    }

    /** Ordered by name ignoring case, then id (as PostgreSQL orders uuids: by their lowercase text). */
    @Override
    public Page<StaffMember> listMembers(BusinessId business, StaffQuery query, PageRequest page) {
        List<UserRow> matching = users.rows()
                .filter(u -> u.business().equals(business) && matches(query, u))
                .sorted(Comparator.comparing((UserRow u) -> u.name().toLowerCase(Locale.ROOT))
                        .thenComparing(u -> u.id().value().toString()))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).map(UserRow::member).toList(),
                matching.size(), page);
    }

    /** {@link StaffQuery}'s rules: active, any of the roles, assigned to the storefront, the search in name or email. */
    private static boolean matches(StaffQuery query, UserRow u) {
        if (query.active() != null && u.active() != query.active()) {
            return false;
        }
        if (!query.roles().isEmpty() && !query.roles().contains(u.role())) {
            return false;
        }
        if (query.storefront() != null && !u.storefronts().contains(query.storefront())) {
            return false;
        }
        if (query.search() == null) {
            return true;
        }
        String text = query.search().toLowerCase(Locale.ROOT);
        return u.name().toLowerCase(Locale.ROOT).contains(text) || u.email().toLowerCase(Locale.ROOT).contains(text);
    }

    /** Writes the member's fields; the password hash only when a new one is given. A member not stored is ignored. */
    @Override
    public void updateMember(StaffMember member, String newPasswordHash) {
        StaffMember.State s = member.state();
        Optional<UserRow> stored = user(s.businessId(), s.id());
        if (stored.isEmpty()) {
            return; // as the UPDATE ... WHERE of a SQL adapter: no row, nothing written
        }
        requireFreeEmail(s.email(), s.id());
        write(new UserRow(s.businessId(), s.id(), s.name(), s.email(),
                newPasswordHash == null ? stored.get().passwordHash() : newPasswordHash, s.role(), s.storefronts(),
                s.active(), stored.get().createdAt(), s.updatedAt()));
    }

    @Override
    public int revokeAllTokens(BusinessId business, UserId user, Instant now) {
        return revokeWhere(t -> t.of(business, user), now);
    }

    /** Those of the ids that are storefronts of the business in the catalog, active or not. */
    @Override
    public Set<StorefrontId> existingStorefronts(BusinessId business, Collection<StorefrontId> ids) {
        return ids.stream().filter(id -> catalog.storefront(business, id).isPresent()).collect(Collectors.toSet());
    }

    // ---- CredentialStore --------------------------------------------------------------------------------------

    @Override
    public Optional<Credentials> findCredentials(String email) {
        return users.rows().filter(u -> u.email().equals(email)).findFirst()
                .map(u -> new Credentials(u.id(), u.business(), u.passwordHash(), u.active()));
    }

    @Override
    public Optional<String> findEmail(BusinessId business, UserId user) {
        return user(business, user).map(UserRow::email);
    }

    @Override
    public Optional<String> findPasswordHash(BusinessId business, UserId user) {
        return user(business, user).map(UserRow::passwordHash);
    }

    @Override
    public void updatePassword(BusinessId business, UserId user, String passwordHash, Instant now) {
        user(business, user).ifPresent(u -> users.put(u.id(), new UserRow(u.business(), u.id(), u.name(), u.email(),
                passwordHash, u.role(), u.storefronts(), u.active(), u.createdAt(), now)));
    }

    @Override
    public void insertToken(byte[] tokenHash, BusinessId business, UserId user, Instant now) {
        String hash = hex(tokenHash);
        if (token(hash).isPresent()) {
            throw new IllegalStateException("A token with this hash is already issued"); // a unique index, in SQL
        }
        if (user(business, user).isEmpty()) {
            throw new IllegalStateException("No user " + user + " in business " + business); // a foreign key
        }
        UUID id = ids.newId();
        tokens.put(id, new TokenRow(id, hash, business, user, now, null, null));
    }

    @Override
    public boolean revokeToken(byte[] tokenHash, Instant now) {
        Optional<TokenRow> found = token(hex(tokenHash)).filter(TokenRow::unrevoked);
        found.ifPresent(t -> tokens.put(t.id(), t.revoked(now)));
        return found.isPresent();
    }

    @Override
    public Optional<LiveToken> findLiveToken(byte[] tokenHash, Instant usedSince, Instant issuedSince) {
        return token(hex(tokenHash)).filter(t -> t.liveWithin(usedSince, issuedSince))
                .flatMap(t -> user(t.business(), t.user()).filter(UserRow::active)
                        .map(u -> new LiveToken(t.id(), t.lastUse(), u.actor())));
    }

    /** Moves the last use forward only (a late, older touch leaves the newer one). */
    @Override
    public void touchToken(UUID tokenId, Instant now) {
        tokens.find(tokenId).filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now))
                .ifPresent(t -> tokens.put(t.id(), t.touched(now)));
    }

    /**
     * Newest first (by issue, then id as PostgreSQL orders uuids). Like {@code JdbiAccountRepository} it does not
     * look at whether the user is active: deactivating a member revokes all of its tokens.
     */
    @Override
    public Page<TokenInfo> listLiveTokens(BusinessId business, UserId user, byte[] currentHash, Instant usedSince,
                                          Instant issuedSince, PageRequest page) {
        String current = currentHash == null ? null : hex(currentHash);
        List<TokenRow> live = tokens.rows()
                .filter(t -> t.of(business, user) && t.liveWithin(usedSince, issuedSince))
                .sorted(Comparator.comparing(TokenRow::createdAt).thenComparing(t -> t.id().toString()).reversed())
                .toList();
        return new Page<>(live.stream().skip(page.offset()).limit(page.size())
                .map(t -> new TokenInfo(t.id(), t.createdAt(), t.lastUse(), t.hash().equals(current))).toList(),
                live.size(), page);
    }

    @Override
    public boolean revokeTokenById(BusinessId business, UserId user, UUID tokenId, Instant now) {
        return revokeWhere(t -> t.id().equals(tokenId) && t.of(business, user), now) > 0;
    }

    @Override
    public int revokeOtherTokens(BusinessId business, UserId user, byte[] keepHash, Instant now) {
        String keep = keepHash == null ? null : hex(keepHash);
        return revokeWhere(t -> t.of(business, user) && !t.hash().equals(keep), now);
    }

    @Override
    public int endExpiredTokens(Instant now, Instant usedSince, Instant issuedSince) {
        return revokeWhere(t -> t.createdAt().isBefore(issuedSince) || t.lastUse().isBefore(usedSince), now);
    }

    @Override
    public int deleteEndedTokens(Instant endedBefore) {
        List<TokenRow> ended = tokens.rows()
                .filter(t -> !t.unrevoked() && t.revokedAt().isBefore(endedBefore)).toList();
        ended.forEach(t -> tokens.remove(t.id()));
        return ended.size();
    }

    // ---- LoginThrottleLog -------------------------------------------------------------------------------------

    /**
     * Nothing to take: the unit of work's single lock already runs every transaction alone, so attempts for one
     * email are counted one after the other (a SQL adapter takes a transaction-scoped lock on the email here).
     */
    @Override
    public void lockLoginEmail(String email) {
        tx.requireTransaction("failed_login");
    }

    /** Attempts strictly after {@code since}, as the throttle's sliding window counts them. */
    @Override
    public LoginAttempts countLoginAttempts(String email, String address, Instant since) {
        String from = address(address);
        List<AttemptRow> inWindow = attempts.rows()
                .filter(a -> a.email().equals(email) && a.at().isAfter(since)).toList();
        List<AttemptRow> fromAddress = inWindow.stream().filter(a -> a.address().equals(from)).toList();
        return new LoginAttempts(inWindow.size(), oldest(inWindow), fromAddress.size(), oldest(fromAddress));
    }

    private static Instant oldest(List<AttemptRow> rows) {
        return rows.stream().map(AttemptRow::at).min(Comparator.naturalOrder()).orElse(null);
    }

    @Override
    public UUID recordLoginAttempt(String email, String address, Instant at) {
        UUID id = ids.newId();
        attempts.put(id, new AttemptRow(id, email, address(address), at));
        return id;
    }

    @Override
    public void deleteLoginAttempt(UUID attempt) {
        attempts.remove(attempt);
    }

    /** Keeps the latest time per (email, address): an older login recorded late does not move it back. */
    @Override
    public void recordSuccessfulLogin(String email, String address, Instant at) {
        AddressKey key = new AddressKey(email, address(address));
        boolean newer = addresses.find(key).map(r -> r.lastLoginAt().isBefore(at)).orElse(true);
        if (newer) {
            addresses.put(key, new AddressRow(key, at));
        }
    }

    @Override
    public boolean loggedInFrom(String email, String address, Instant since) {
        return addresses.find(new AddressKey(email, address(address)))
                .filter(r -> !r.lastLoginAt().isBefore(since)).isPresent();
    }

    @Override
    public int deleteLoginAddressesBefore(Instant before) {
        List<AddressRow> old = addresses.rows().filter(r -> r.lastLoginAt().isBefore(before)).toList();
        old.forEach(r -> addresses.remove(r.key()));
        return old.size();
    }

    @Override
    public int deleteFailedLoginsBefore(Instant before) {
        List<AttemptRow> old = attempts.rows().filter(a -> a.at().isBefore(before)).toList();
        old.forEach(a -> attempts.remove(a.id()));
        return old.size();
    }

    // ---- rows -------------------------------------------------------------------------------------------------

    private Optional<UserRow> user(BusinessId business, UserId user) {
        return users.find(user).filter(u -> u.business().equals(business));
    }

    /** Stores the user and its name for the sales (the catalog's staff row). */
    private void write(UserRow user) {
        users.put(user.id(), user);
        catalog.add(new InMemoryCatalog.StaffRow(user.business(), user.id(), user.name()));
    }

    private void requireFreeEmail(String email, UserId self) {
        if (users.rows().anyMatch(u -> u.email().equals(email) && !u.id().equals(self))) {
            throw new ConflictException("EMAIL_TAKEN", "A user with this email already exists.",
                    Map.of("email", List.of("A user with this email already exists.")));
        }
    }

    private Optional<TokenRow> token(String hash) {
        return tokens.rows().filter(t -> hash.equals(t.hash())).findFirst();
    }

    /** Revokes the unrevoked tokens that match (dropping their hashes); returns how many. */
    private int revokeWhere(Predicate<TokenRow> which, Instant now) {
        List<TokenRow> revoked = tokens.rows().filter(t -> t.unrevoked() && which.test(t)).toList();
        revoked.forEach(t -> tokens.put(t.id(), t.revoked(now)));
        return revoked.size();
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    /** An unknown address is kept as {@code ""}, as the SQL columns are NOT NULL. */
    private static String address(String address) {
        return address == null ? "" : address;
    }
}
