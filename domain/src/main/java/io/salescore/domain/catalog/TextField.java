package io.salescore.domain.catalog;

import io.salescore.domain.shared.ValidationException;

/**
 * The free text of the catalogue (names, SKUs, locations, descriptions, suppliers, reasons): at most
 * {@value #MAX} characters, no NUL character, surrounding blanks stripped; required ones are not blank.
 */
public final class TextField {

    public static final int MAX = 255;

    private TextField() {
    }

    /** Required text, stripped. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ValidationException.field(field, "This field may not be blank.");
        }
        return checked(value, field).strip();
    }

    /** Optional text: absent reads as {@code ""}; stripped. */
    public static String optional(String value, String field) {
        return value == null ? "" : checked(value, field).strip();
    }

    private static String checked(String value, String field) {
        if (value.indexOf('\0') >= 0) {
            throw ValidationException.field(field, "Null characters are not allowed.");
        }
        if (value.length() > MAX) {
            throw ValidationException.field(field, "Ensure this field has no more than " + MAX + " characters.");
        }
        return value;
    }
}
