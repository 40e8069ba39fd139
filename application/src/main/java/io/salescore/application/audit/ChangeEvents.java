package io.salescore.application.audit;

import io.salescore.domain.audit.AuditEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Audit entries for changes to the things a business sets up (staff, products, batches, storefronts,
 * warehouses): {@code <kind>.created} with the fields, {@code <kind>.updated} with each changed field's
 * {@code before} and {@code after}, {@code <kind>.deactivated} when the only change is going inactive.
 */
public final class ChangeEvents {

    private ChangeEvents() {
    }

    public static AuditEvent created(String kind, String idKey, Object id, String label, Map<String, Object> fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(idKey, String.valueOf(id));
        data.putAll(fields);
        return AuditEvent.of(kind + ".created", label + " was created.", data);
    }

    /** The entry for a change from {@code before} to {@code after} (the same keys), or none when nothing changed. */
    public static Optional<AuditEvent> changed(String kind, String idKey, Object id, String label,
                                               Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", before.get(field));
                change.put("after", value);
                changes.put(field, change);
            }
        });
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(idKey, String.valueOf(id));
        if (changes.keySet().equals(java.util.Set.of("is_active")) && Boolean.FALSE.equals(after.get("is_active"))) {
            return Optional.of(AuditEvent.of(kind + ".deactivated", label + " was deactivated.", data));
        }
        data.put("changes", changes);
        return Optional.of(AuditEvent.of(kind + ".updated",
                label + " was changed: " + String.join(", ", changes.keySet()) + ".", data));
    }
}
