package io.salescore.application.customer.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.Money;

import java.util.regex.Pattern;

/**
 * A new customer as typed. Absent ({@code null}) fields take their defaults: RETAIL, limit 0.00, 30 days, not
 * blocked. The credit fields are the ones a CASHIER may not send.
 */
public record CreateCustomerCommand(String name, String email, String phone, String address, CustomerType type,
                                    Money creditLimit, Integer creditTermsDays, Boolean creditBlocked) {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public CreateCustomerCommand {
        FieldErrors errors = new FieldErrors().text(name, "name", 255);
        checkContact(errors, email, phone, address);
        errors.throwIfAny();
    }

    /** Whether a credit field was sent (only those who manage customers may). */
    public boolean touchesCredit() {
        return creditLimit != null || creditTermsDays != null || creditBlocked != null;
    }

    static void checkContact(FieldErrors errors, String email, String phone, String address) {
        errors.optionalText(email, "email", 255).optionalText(phone, "phone", 255).optionalText(address, "address", 255);
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            errors.add("email", "Enter a valid email address.");
        }
    }
}
