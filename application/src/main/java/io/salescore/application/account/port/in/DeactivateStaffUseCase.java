package io.salescore.application.account.port.in;

import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.UserId;

/** DELETE: deactivates a member and revokes all their tokens, so their next request and login fail. */
public interface DeactivateStaffUseCase {

    void deactivate(Actor actor, UserId id);
}
