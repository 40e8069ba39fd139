package io.salescore.application.catalog.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.catalog.TextField;

/** A new product; {@code barcode}, {@code unit} ({@code pcs}), {@code description} and {@code taxRate} (0.00) are optional. */
public record CreateProductCommand(String name, String sku, String barcode, String unit, String description,
                                   io.salescore.domain.shared.Percentage taxRate) {

    /** Without a tax rate (0.00). */
    public CreateProductCommand(String name, String sku, String barcode, String unit, String description) {
        this(name, sku, barcode, unit, description, null);
    }

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
