package io.salescore.application.account.port.in;

/** Revokes the token that was presented. */
public interface LogoutUseCase {

    void logout(String rawToken);
}
