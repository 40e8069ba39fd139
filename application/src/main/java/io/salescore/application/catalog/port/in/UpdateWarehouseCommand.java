package io.salescore.application.catalog.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.catalog.TextField;

/** A change of a warehouse: {@code null} leaves a field as it is. */
public record UpdateWarehouseCommand(String name, String location, Boolean active) {

    public UpdateWarehouseCommand {
        new FieldErrors()
                .check(name == null || !name.isBlank(), "name", "This field may not be blank.")
                .optionalText(name, "name", TextField.MAX)
                .optionalText(location, "location", TextField.MAX)
                .throwIfAny();
    }
}
