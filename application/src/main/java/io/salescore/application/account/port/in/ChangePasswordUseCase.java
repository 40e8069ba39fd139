package io.salescore.application.account.port.in;

import io.salescore.domain.access.Actor;

/** {@code POST /accounts/api/me/password/}: the caller changes their own password. */
public interface ChangePasswordUseCase {

    /**
     * Checks the current password (a wrong one is {@code INVALID_CREDENTIALS}), sets the new one and revokes every
     * token of the caller but {@code rawToken}, the one presented.
     */
    void change(Actor actor, String rawToken, ChangePasswordCommand command);
}
