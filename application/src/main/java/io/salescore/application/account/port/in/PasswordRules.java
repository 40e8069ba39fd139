package io.salescore.application.account.port.in;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every password that is set (register, staff create and PATCH, {@code me/password}): at least
 * {@value #MIN_LENGTH} characters, not all whitespace, and not one of the commonest passwords (a published list
 * shipped in the jar, compared without regard to case).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    private static final String LIST = "/io/salescore/application/account/common-passwords.txt";
    private static final Set<String> COMMON = load();

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

    private static Set<String> load() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list is missing from the jar: " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    common.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}
