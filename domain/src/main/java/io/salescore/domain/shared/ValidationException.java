package io.salescore.domain.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Input that breaks a rule of form: code {@code VALIDATION_ERROR}, with the problems per field in details. */
public final class ValidationException extends DomainException {

    public ValidationException(String message, Map<String, List<String>> fieldErrors) {
        this(message, "", fieldErrors, Map.of());
    }

    public ValidationException(String message, String developerMessage, Map<String, List<String>> fieldErrors,
                               Map<String, ?> extra) {
        super(Kind.REFUSED, "VALIDATION_ERROR", message, developerMessage, fieldErrors, extra);
    }

    /** One problem with one field. */
    public static ValidationException field(String field, String problem) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.put(field, List.of(problem));
        return new ValidationException(problem.endsWith(".") ? field + ": " + problem : field + ": " + problem + ".", errors);
    }

    /** A rule that is not about one field. */
    public static ValidationException rule(String message) {
        return new ValidationException(message, Map.of());
    }
}
