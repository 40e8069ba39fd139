package io.salescore.application.account.port.in;

/**
 * Checks email and password and issues a new token. Wrong email and wrong password fail alike
 * ({@code INVALID_CREDENTIALS}); too many failures for an email lock it for a while ({@code TOO_MANY_ATTEMPTS}).
 */
public interface LoginUseCase {

    AuthSession login(LoginCommand command);
}
