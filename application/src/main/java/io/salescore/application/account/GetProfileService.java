package io.salescore.application.account;

import io.salescore.application.account.port.in.GetProfileUseCase;
import io.salescore.application.account.port.Profile;
import io.salescore.application.account.port.out.ProfileStore;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;

/** Reads the caller's profile. */
public final class GetProfileService implements GetProfileUseCase {

    private final UnitOfWork tx;
    private final ProfileStore profiles;

    public GetProfileService(UnitOfWork tx, ProfileStore profiles) {
        this.tx = tx;
        this.profiles = profiles;
    }

    @Override
    public Profile profile(Actor actor) {
        return tx.inTransaction(() -> profiles.loadProfile(actor.businessId(), actor.userId()));
    }
}
