package io.salescore.application.account.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.access.Role;
import io.salescore.domain.shared.StorefrontId;

import java.util.List;

/** A new member of staff: name, email (a login, unique across businesses), password (the password rule), role, storefronts. */
public record CreateStaffCommand(String name, String email, String password, Role role,
                                 List<StorefrontId> storefronts) {

    public CreateStaffCommand {
        FieldErrors errors = new FieldErrors().text(name, "name", 255).text(email, "email", 255);
        StaffFields.checkEmail(errors, email);
        StaffFields.checkPassword(errors, password);
        errors.check(role != null, "role", "This field is required.");
        errors.throwIfAny();
        name = StaffFields.name(name);
        email = StaffFields.email(email);
        storefronts = storefronts == null ? List.of() : List.copyOf(storefronts);
    }
}
