package io.salescore.application.catalog.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.catalog.TextField;

/** A change of a product: {@code null} leaves a field as it is; a blank barcode removes it. */
public record UpdateProductCommand(String name, String sku, String barcode, String unit, String description,
                                   Boolean active, io.salescore.domain.shared.Percentage taxRate) {

    /** Without a tax rate change. */
    public UpdateProductCommand(String name, String sku, String barcode, String unit, String description,
                                Boolean active) {
        this(name, sku, barcode, unit, description, active, null);
    }

    public UpdateProductCommand {
        new FieldErrors()
                .check(name == null || !name.isBlank(), "name", "This field may not be blank.")
                .check(sku == null || !sku.isBlank(), "sku", "This field may not be blank.")
                .check(unit == null || !unit.isBlank(), "unit", "This field may not be blank.")
                .optionalText(name, "name", TextField.MAX)
                .optionalText(sku, "sku", TextField.MAX)
                .optionalText(barcode, "barcode", TextField.MAX)
                .optionalText(unit, "unit", TextField.MAX)
                .optionalText(description, "description", TextField.MAX)
                .throwIfAny();
    }
}
