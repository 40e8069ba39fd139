package io.salescore.application.customer.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.Money;

/**
 * The fields a PATCH sends; {@code null} keeps a value, {@code ""} clears email, phone, address, contact person,
 * tax id or notes.
 */
public record UpdateCustomerCommand(String name, String email, String phone, String address, String contactPerson,
                                    String taxId, String notes, CustomerType type,
                                    Money creditLimit, Integer creditTermsDays, Boolean creditBlocked,
                                    Boolean active) {

    public UpdateCustomerCommand {
        FieldErrors errors = new FieldErrors();
        if (name != null) {
            errors.text(name, "name", 255);
        }
        CreateCustomerCommand.checkContact(errors, email, phone, address);
        CreateCustomerCommand.checkDetails(errors, contactPerson, taxId, notes);
        errors.throwIfAny();
    }

    /** A change that keeps the contact person, tax id and notes. */
    public UpdateCustomerCommand(String name, String email, String phone, String address, CustomerType type,
                                 Money creditLimit, Integer creditTermsDays, Boolean creditBlocked, Boolean active) {
        this(name, email, phone, address, null, null, null, type, creditLimit, creditTermsDays, creditBlocked,
                active);
    }
}
