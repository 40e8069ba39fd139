package io.salescore.application.account.port.in;

/** Signs up a business: its owner, the OWNER membership and the walk-in customer; returns a fresh token. */
public interface RegisterUseCase {

    AuthSession register(RegisterCommand command);
}
