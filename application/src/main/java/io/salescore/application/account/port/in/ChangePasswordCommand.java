package io.salescore.application.account.port.in;

import io.salescore.application.common.FieldErrors;

/** The caller's current password, as typed, and the new one (the password rules apply to it). */
public record ChangePasswordCommand(String currentPassword, String newPassword) {

    public ChangePasswordCommand {
        FieldErrors errors = new FieldErrors().text(currentPassword, "current_password", 255);
        StaffFields.checkPassword(errors, "new_password", newPassword);
        errors.throwIfAny();
    }
}
