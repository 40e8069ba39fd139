package io.salescore.application.account.port.in;

import io.salescore.application.common.FieldErrors;

import java.util.Locale;
import java.util.regex.Pattern;

/** Form rules shared by the account commands: email shape, the password rule, normalised email. */
final class StaffFields {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private StaffFields() {
    }

    static void checkEmail(FieldErrors errors, String email) {
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            errors.add("email", "Enter a valid email address.");
        }
    }

    static void checkPassword(FieldErrors errors, String password) {
        checkPassword(errors, "password", password);
    }

    static void checkPassword(FieldErrors errors, String field, String password) {
        if (password == null) {
            errors.add(field, "This field is required.");
        } else if (password.length() > 255) {
            errors.add(field, "Ensure this field has no more than 255 characters.");
        } else if (PasswordRules.problem(password) != null) {
            errors.add(field, PasswordRules.problem(password));
        }
    }

    static String email(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static String name(String name) {
        return name == null ? null : name.strip();
    }
}
