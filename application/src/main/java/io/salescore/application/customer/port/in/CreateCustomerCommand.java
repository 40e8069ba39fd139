package io.salescore.application.customer.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.Money;

import java.util.regex.Pattern;

/**
 * A new customer as typed. Absent ({@code null}) fields take their defaults: RETAIL, limit 0.00, 30 days, not
 * blocked, no contact person, tax id or notes. The credit fields are the ones a CASHIER may not send.
 */
public record CreateCustomerCommand(String name, String email, String phone, String address, String contactPerson,
                                    String taxId, String notes, CustomerType type,
                                    Money creditLimit, Integer creditTermsDays, Boolean creditBlocked) {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public CreateCustomerCommand {
        FieldErrors errors = new FieldErrors().text(name, "name", 255);
        checkContact(errors, email, phone, address);
        checkDetails(errors, contactPerson, taxId, notes);
        errors.throwIfAny();
    }

    /** A new customer without contact person, tax id or notes. */
    public CreateCustomerCommand(String name, String email, String phone, String address, CustomerType type,
                                 Money creditLimit, Integer creditTermsDays, Boolean creditBlocked) {
        this(name, email, phone, address, null, null, null, type, creditLimit, creditTermsDays, creditBlocked);
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

    static void checkDetails(FieldErrors errors, String contactPerson, String taxId, String notes) {
        errors.optionalText(contactPerson, "contact_person", Customer.CONTACT_PERSON_MAX)
                .optionalText(taxId, "tax_id", Customer.TAX_ID_MAX)
                .optionalText(notes, "notes", Customer.NOTES_MAX);
    }
}
