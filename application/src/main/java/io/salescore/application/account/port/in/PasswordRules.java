package io.salescore.application.account.port.in;

import java.util.Locale;
import java.util.Set;

/**
 * Every password that is set (register, staff create and PATCH, {@code me/password}): at least
 * {@value #MIN_LENGTH} characters, not all whitespace, and not one of the commonest passwords (a published list
 * shipped in the jar, {@link CommonPasswords}, compared without regard to case).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    private static final Set<String> COMMON = Set.of(CommonPasswords.LIST.split("\n"));

    private PasswordRules() {
    }

    /** What is wrong with the password, as a sentence for the form, or {@code null} when it may be used. */
    public static String problem(String password) {
        if (password.length() < MIN_LENGTH) {
            return "Ensure this field has at least " + MIN_LENGTH + " characters.";
        }
        if (password.isBlank()) {
            return "The password cannot be only spaces.";
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return "This password is too common; choose one that is harder to guess.";
        }
        return null;
    }

    static int listSize() {
        return COMMON.size();
    }
}
