package io.salescore.application.account;

import io.salescore.application.account.port.in.GetProfileUseCase;
import io.salescore.application.account.port.Profile;
import io.salescore.application.account.port.out.AccountRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;

/** Reads the caller's profile. */
public final class GetProfileService implements GetProfileUseCase {

    private final UnitOfWork tx;
    private final AccountRepository accounts;

    public GetProfileService(UnitOfWork tx, AccountRepository accounts) {
        this.tx = tx;
        this.accounts = accounts;
    }

    @Override
    public Profile profile(Actor actor) {
        return tx.inTransaction(() -> accounts.loadProfile(actor.businessId(), actor.userId()));
    }
}
