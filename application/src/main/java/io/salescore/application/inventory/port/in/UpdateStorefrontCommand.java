package io.salescore.application.inventory.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.catalog.TextField;
import io.salescore.domain.inventory.StorefrontCode;

/** A change of a storefront: {@code null} leaves a field as it is. */
public record UpdateStorefrontCommand(String name, String location, String code, Boolean active) {

    public UpdateStorefrontCommand {
        new FieldErrors()
                .check(name == null || !name.isBlank(), "name", "This field may not be blank.")
                .optionalText(name, "name", TextField.MAX)
                .optionalText(location, "location", TextField.MAX)
                .check(code == null || code.matches(StorefrontCode.PATTERN), "code",
                        "Must be 2 to 8 upper-case letters or digits.")
                .throwIfAny();
    }
}
