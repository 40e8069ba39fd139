package io.salescore.application.account;

import io.salescore.application.audit.ChangeEvents;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.StorefrontId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The audit entries of staff changes: {@code staff.created}, {@code staff.updated} (name, email, role,
 * storefronts, reactivation, with before and after), {@code staff.deactivated}, {@code staff.password_reset}
 * (never the password) and {@code staff.password_changed} (by the member themselves).
 */
final class StaffEvents {

    private StaffEvents() {
    }

    static AuditEvent created(StaffMember member) {
        return ChangeEvents.created("staff", "user_id", member.id().value(), label(member), fields(member.state()));
    }

    static Optional<AuditEvent> changed(StaffMember member, StaffMember.State before) {
        return ChangeEvents.changed("staff", "user_id", member.id().value(), label(member), fields(before),
                fields(member.state()));
    }

    static AuditEvent passwordReset(StaffMember member, int tokensRevoked) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user_id", member.id().value().toString());
        data.put("tokens_revoked", tokensRevoked);
        return AuditEvent.of("staff.password_reset", "The password of " + member.state().name()
                + " was reset; their sessions were logged out.", data);
    }

    private static String label(StaffMember member) {
        return "Staff member " + member.state().name();
    }

    private static Map<String, Object> fields(StaffMember.State s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", s.name());
        fields.put("email", s.email());
        fields.put("role", s.role().name());
        fields.put("storefronts", s.storefronts().stream().map(StorefrontId::value).map(Object::toString).toList());
        fields.put("is_active", s.active());
        return fields;
    }
}
