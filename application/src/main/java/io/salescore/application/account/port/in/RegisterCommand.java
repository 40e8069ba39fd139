package io.salescore.application.account.port.in;

import io.salescore.application.common.FieldErrors;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.regex.Pattern;

/** Sign-up of a new business and its owner. Validates every field at once. */
public record RegisterCommand(String name, String email, String password, String businessName, String currency,
                              String timezone) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public RegisterCommand {
        currency = currency == null ? "USD" : currency;
        timezone = timezone == null ? "UTC" : timezone;
        FieldErrors errors = new FieldErrors()
                .text(name, "name", 255)
                .text(email, "email", 255)
                .text(businessName, "business_name", 255);
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            errors.add("email", "Enter a valid email address.");
        }
        StaffFields.checkPassword(errors, password);
        errors.check(isCurrency(currency), "currency", "Must be an ISO-4217 currency code such as USD.");
        errors.check(isZone(timezone), "timezone", "Must be an IANA time zone such as Africa/Accra.");
        errors.throwIfAny();
        email = email.strip().toLowerCase(java.util.Locale.ROOT);
        name = name.strip();
        businessName = businessName.strip();
    }

    public static boolean isCurrency(String code) {
        if (!code.matches("^[A-Z]{3}$")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static boolean isZone(String zone) {
        if (zone.length() > 64) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
