package io.salescore.application.account.port.in;

import io.salescore.application.account.port.Profile;
import io.salescore.domain.access.Actor;

/** Who the caller is: user, business and membership (OWNER/ADMIN see every storefront id). */
public interface GetProfileUseCase {

    Profile profile(Actor actor);
}
