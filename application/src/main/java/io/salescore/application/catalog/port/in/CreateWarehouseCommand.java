package io.salescore.application.catalog.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.catalog.TextField;

/** A new warehouse; {@code location} is optional. */
public record CreateWarehouseCommand(String name, String location) {

    public CreateWarehouseCommand {
        new FieldErrors().text(name, "name", TextField.MAX).optionalText(location, "location", TextField.MAX)
                .throwIfAny();
    }
}
