package io.salescore.application.account.port.in;

import io.salescore.application.account.port.Profile;
/** A freshly issued token (shown once, only its hash is kept) and who it belongs to. */
public record AuthSession(String token, Profile profile) {
}
