package io.salescore.application.account.port.in;

import io.salescore.application.common.FieldErrors;

/** Email and password as typed, and the client's address (for the login throttle; {@code null} if unknown). */
public record LoginCommand(String email, String password, String address) {

    public LoginCommand {
        new FieldErrors().text(email, "email", 255).text(password, "password", 255).throwIfAny();
        email = email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A login from no known address (the demo loader, embedders). */
    public LoginCommand(String email, String password) {
        this(email, password, null);
    }
}
