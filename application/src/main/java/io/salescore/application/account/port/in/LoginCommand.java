package io.salescore.application.account.port.in;

import io.salescore.application.common.FieldErrors;

/** Email and password as typed. */
public record LoginCommand(String email, String password) {

    public LoginCommand {
        new FieldErrors().text(email, "email", 255).text(password, "password", 255).throwIfAny();
        email = email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
