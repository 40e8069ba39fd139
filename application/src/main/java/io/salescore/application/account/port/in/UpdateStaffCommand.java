package io.salescore.application.account.port.in;

import io.salescore.application.common.FieldErrors;
import io.salescore.domain.access.Role;
import io.salescore.domain.shared.StorefrontId;

import java.util.List;

/** The fields a staff PATCH sends; {@code null} keeps a value. Reactivating does not revive revoked tokens. */
public record UpdateStaffCommand(String name, String email, String password, Role role,
                                 List<StorefrontId> storefronts, Boolean active) {

    public UpdateStaffCommand {
        FieldErrors errors = new FieldErrors();
        if (name != null) {
            errors.text(name, "name", 255);
        }
        if (email != null) {
            errors.text(email, "email", 255);
            StaffFields.checkEmail(errors, email);
        }
        if (password != null) {
            StaffFields.checkPassword(errors, password);
        }
        errors.throwIfAny();
        name = StaffFields.name(name);
        email = StaffFields.email(email);
        storefronts = storefronts == null ? null : List.copyOf(storefronts);
    }
}
