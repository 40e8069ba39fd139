package io.salescore.application.inventory.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.catalog.TextField;
import io.salescore.domain.inventory.StorefrontCode;

/** A new storefront; without a {@code code} one is derived from the name. */
public record CreateStorefrontCommand(String name, String location, String code) {

    public CreateStorefrontCommand {
        new FieldErrors()
                .text(name, "name", TextField.MAX)
                .optionalText(location, "location", TextField.MAX)
                .check(code == null || code.matches(StorefrontCode.PATTERN), "code",
                        "Must be 2 to 8 upper-case letters or digits.")
                .throwIfAny();
    }
}
