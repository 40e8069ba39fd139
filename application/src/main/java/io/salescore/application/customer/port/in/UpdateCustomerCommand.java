package io.salescore.application.customer.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.Money;

/** The fields a PATCH sends; {@code null} keeps a value, {@code ""} clears email, phone or address. */
public record UpdateCustomerCommand(String name, String email, String phone, String address, CustomerType type,
                                    Money creditLimit, Integer creditTermsDays, Boolean creditBlocked,
                                    Boolean active) {

    public UpdateCustomerCommand {
        FieldErrors errors = new FieldErrors();
        if (name != null) {
            errors.text(name, "name", 255);
        }
        CreateCustomerCommand.checkContact(errors, email, phone, address);
        errors.throwIfAny();
    }
}
