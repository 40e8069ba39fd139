package io.salescore.application.catalog.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.catalog.TextField;

/** A new product; {@code barcode}, {@code unit} ({@code pcs}) and {@code description} are optional. */
public record CreateProductCommand(String name, String sku, String barcode, String unit, String description) {

    public CreateProductCommand {
        new FieldErrors()
                .text(name, "name", TextField.MAX)
                .text(sku, "sku", TextField.MAX)
                .optionalText(barcode, "barcode", TextField.MAX)
                .check(unit == null || !unit.isBlank(), "unit", "This field may not be blank.")
                .optionalText(unit, "unit", TextField.MAX)
                .optionalText(description, "description", TextField.MAX)
                .throwIfAny();
    }
}
