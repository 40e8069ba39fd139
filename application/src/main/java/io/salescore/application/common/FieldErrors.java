package io.salescore.application.common;

import io.salescore.domain.shared.ValidationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects field problems so one error names every bad field. */
public final class FieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String problem) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
        return this;
    }

    public FieldErrors check(boolean ok, String field, String problem) {
        if (!ok) {
            add(field, problem);
        }
        return this;
    }

    /** Required text: present, not blank, at most {@code max} characters. */
    public FieldErrors text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return add(field, "This field is required.");
        }
        return check(value.length() <= max, field, "Ensure this field has no more than " + max + " characters.");
    }

    /** Optional text: absent, or at most {@code max} characters. */
    public FieldErrors optionalText(String value, String field, int max) {
        return check(value == null || value.length() <= max, field,
                "Ensure this field has no more than " + max + " characters.");
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            String first = errors.entrySet().iterator().next().getKey();
            throw new ValidationException("Invalid input: " + String.join(", ", errors.keySet())
                    + (errors.size() == 1 ? " (" + errors.get(first).get(0) + ")" : "") + ".", errors);
        }
    }
}
