package io.salescore.application.account;

import io.salescore.application.account.port.in.AuthSession;
import io.salescore.application.account.port.Profile;
import io.salescore.application.account.port.in.RegisterCommand;
import io.salescore.application.account.port.in.RegisterUseCase;
import io.salescore.application.account.port.out.CredentialStore;
import io.salescore.application.account.port.out.ProfileStore;
import io.salescore.application.account.port.out.StaffDirectory;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.access.Role;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.UserId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Creates business, owner, OWNER membership, walk-in customer and the first token in one transaction. */
public final class RegisterService implements RegisterUseCase {

    private final UnitOfWork tx;
    private final ProfileStore profiles;
    private final StaffDirectory staff;
    private final CredentialStore credentials;
    private final CustomerRepository customers;
    private final PasswordHasher hasher;
    private final IdGenerator ids;
    private final Clock clock;

    public RegisterService(UnitOfWork tx, ProfileStore profiles, StaffDirectory staff, CredentialStore credentials,
                           CustomerRepository customers, PasswordHasher hasher, IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.profiles = profiles;
        this.staff = staff;
        this.credentials = credentials;
        this.customers = customers;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public AuthSession register(RegisterCommand command) {
        String passwordHash = hasher.hash(command.password());
        String token = Tokens.newToken();
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            BusinessId businessId = BusinessId.of(ids.newId());
            UserId userId = UserId.of(ids.newId());
            Profile.BusinessView business = new Profile.BusinessView(businessId, command.businessName(),
                    command.currency(), command.timezone(), userId, command.name(), now, now);
            Profile.UserView user = new Profile.UserView(userId, command.name(), command.email(), now, now);
            profiles.insertBusiness(business, now);
            staff.insertUser(businessId, user, passwordHash, Role.OWNER, List.of(), now);
            customers.insert(Customer.walkIn(CustomerId.of(ids.newId()), businessId, now));
            credentials.insertToken(Tokens.hash(token), businessId, userId, now);
            return new AuthSession(token, new Profile(user, business, Role.OWNER, List.of()));
        });
    }
}
