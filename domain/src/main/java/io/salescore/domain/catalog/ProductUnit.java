package io.salescore.domain.catalog;

import io.salescore.domain.shared.Decimals;
import io.salescore.domain.shared.ValidationException;

import java.math.BigDecimal;

/**
 * The unit a product is counted in. Products in {@code pcs} (the default) take whole quantities only;
 * other units allow two decimals.
 */
public final class ProductUnit {

    public static final String PIECES = "pcs";

    private ProductUnit() {
    }

    /** Refuses a fractional quantity of a piece-counted product, naming the field it came from. */
    public static void requireFits(String unit, BigDecimal quantity, String field) {
        if (PIECES.equals(unit) && Decimals.scaleOf(quantity) > 0) {
            throw ValidationException.field(field, "Must be a whole number for products counted in pcs.");
        }
    }
}
