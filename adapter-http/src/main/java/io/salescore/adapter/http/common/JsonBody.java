package io.salescore.adapter.http.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.salescore.application.common.FieldErrors;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A strict reader of a JSON object body. Each accessor checks one field's JSON type and form and collects
 * problems, so {@link #validate()} can name every bad field at once. Absent and {@code null} read as empty.
 */
public final class JsonBody {

    public static final int MAX_BYTES = 1024 * 1024;
    /** How much of a refused body is read and dropped before the 413, so that the client can read the answer. */
    private static final long DRAIN_BYTES = 16L * 1024 * 1024;
    private static final Pattern UUID_FORM =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern NUMERIC = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    private final ObjectNode node;
    private final FieldErrors errors = new FieldErrors();

    private JsonBody(ObjectNode node) {
        this.node = node;
    }

    /** Reads the body; an empty body is an empty object. Unparsable or non-object JSON is MALFORMED_JSON. */
    public static JsonBody of(Context ctx) {
        return parse(readLimited(ctx));
    }

    public static byte[] readLimited(Context ctx) {
        byte[] cached = ctx.attribute("pos.body");
        if (cached != null) {
            return cached;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            if (ctx.contentLength() > MAX_BYTES) {
                throw tooLarge(in);
            }
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(in);
            }
            ctx.attribute("pos.body", bytes);
            return bytes;
        } catch (IOException e) {
            throw HttpError.malformedJson("The body could not be read.");
        }
    }

    /**
     * PAYLOAD_TOO_LARGE, after reading and dropping the rest of the body (up to {@link #DRAIN_BYTES}): a server that
     * answers and closes while the client is still sending resets the connection, and the client never sees the 413.
     */
    private static HttpError tooLarge(InputStream in) {
        try {
            byte[] sink = new byte[64 * 1024];
            long drained = 0;
            int n;
            while (drained < DRAIN_BYTES && (n = in.read(sink)) >= 0) {
                drained += n;
            }
        } catch (IOException gone) {
            // The client stopped sending: nothing more to drop.
        }
        return HttpError.payloadTooLarge();
    }

    public static JsonBody parse(byte[] bytes) {
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return new JsonBody(Json.MAPPER.createObjectNode());
        }
        JsonNode parsed;
        try {
            parsed = Json.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw HttpError.malformedJson("Unparsable JSON.");
        } catch (IOException e) {
            throw HttpError.malformedJson("The body could not be read.");
        }
        if (parsed == null || !parsed.isObject()) {
            throw HttpError.malformedJson("The body must be a JSON object.");
        }
        return new JsonBody((ObjectNode) parsed);
    }

    /** The field is present, even as {@code null}. */
    public boolean has(String field) {
        return node.has(field);
    }

    /** The raw JSON value of a field, for fields with their own error wording. */
    public Optional<JsonNode> raw(String field) {
        return Optional.ofNullable(node.get(field));
    }

    /** The field is present and {@code null}. */
    public boolean isNull(String field) {
        return node.has(field) && node.get(field).isNull();
    }

    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Records a problem with a field found by the caller. */
    public JsonBody problem(String field, String message) {
        errors.add(field, message);
        return this;
    }

    /** Throws one VALIDATION_ERROR naming every bad field, if there is any. */
    public void validate() {
        errors.throwIfAny();
    }

    // ---- text ---------------------------------------------------------------------------------------------

    public Optional<String> text(String field, int max) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            errors.add(field, "Must be a string.");
            return Optional.empty();
        }
        String text = value.textValue();
        if (text.indexOf('\0') >= 0) {
            errors.add(field, "Null characters are not allowed.");
            return Optional.empty();
        }
        if (text.length() > max) {
            errors.add(field, "Ensure this field has no more than " + max + " characters.");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Text that must be present and not blank. */
    public String requiredText(String field, int max) {
        if (value(field) == null) {
            errors.add(field, "This field is required.");
            return null;
        }
        Optional<String> text = text(field, max);
        if (text.isPresent() && text.get().isBlank()) {
            errors.add(field, "This field may not be blank.");
            return null;
        }
        return text.orElse(null);
    }

    // ---- ids ----------------------------------------------------------------------------------------------

    public Optional<UUID> uuid(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual() || !UUID_FORM.matcher(value.textValue()).matches()) {
            errors.add(field, "Must be a valid UUID.");
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(value.textValue()));
    }

    public UUID requiredUuid(String field) {
        if (value(field) == null) {
            errors.add(field, "This field is required.");
            return null;
        }
        return uuid(field).orElse(null);
    }

    public Optional<List<UUID>> uuidList(String field, int max) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            errors.add(field, "Must be a list of UUIDs.");
            return Optional.empty();
        }
        List<UUID> ids = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || !UUID_FORM.matcher(item.textValue()).matches()) {
                errors.add(field, "Must be a list of valid UUIDs.");
                return Optional.empty();
            }
            ids.add(UUID.fromString(item.textValue()));
        }
        if (ids.size() > max) {
            errors.add(field, "Too many items.");
            return Optional.empty();
        }
        return Optional.of(List.copyOf(new java.util.LinkedHashSet<>(ids)));
    }

    // ---- numbers ------------------------------------------------------------------------------------------

    /** A number or numeric string, parsed as a decimal (never a double). */
    public Optional<BigDecimal> decimal(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        BigDecimal parsed = null;
        if (value.isNumber()) {
            parsed = value.decimalValue();
        } else if (value.isTextual() && NUMERIC.matcher(value.textValue().strip()).matches()
                && value.textValue().strip().length() <= 40) {
            parsed = new BigDecimal(value.textValue().strip());
        }
        if (parsed == null) {
            errors.add(field, "A valid number is required.");
            return Optional.empty();
        }
        if (parsed.abs().compareTo(new BigDecimal("1E+20")) > 0 || parsed.scale() > 40) {
            errors.add(field, "The number is out of range.");
            return Optional.empty();
        }
        return Optional.of(parsed);
    }

    private <T> Optional<T> valueObject(String field, Function<BigDecimal, T> constructor) {
        Optional<BigDecimal> raw = decimal(field);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(constructor.apply(raw.get()));
        } catch (ValidationException e) {
            errors.add(field, e.getMessage());
            return Optional.empty();
        }
    }

    /** Within this of a cent, a JSON number is a browser's floating-point sum of cent amounts (compat.md D-3). */
    private static final BigDecimal FLOAT_ARTEFACT = new BigDecimal("0.000001");

    /**
     * Money: a string or a number with at most two decimals; a JSON number within 0.000001 of a cent amount (a
     * browser's floating-point sum such as 3.3000000000000003) is read as that amount (compat.md D-3). Strings
     * stay strict.
     */
    public Optional<Money> money(String field) {
        JsonNode value = value(field);
        if (value != null && value.isNumber()) {
            BigDecimal number = value.decimalValue();
            if (number.scale() > 2 && number.abs().compareTo(Money.MAX) <= 0) {
                BigDecimal cents = number.setScale(2, java.math.RoundingMode.HALF_UP);
                if (number.subtract(cents).abs().compareTo(FLOAT_ARTEFACT) <= 0) {
                    try {
                        return Optional.of(new Money(cents));
                    } catch (ValidationException e) {
                        errors.add(field, e.getMessage());
                        return Optional.empty();
                    }
                }
            }
        }
        return valueObject(field, Money::new);
    }

    public Optional<Quantity> quantity(String field) {
        return valueObject(field, Quantity::new);
    }

    public Optional<Percentage> percentage(String field) {
        return valueObject(field, Percentage::new);
    }

    public Money requiredMoney(String field) {
        if (value(field) == null) {
            errors.add(field, "This field is required.");
            return null;
        }
        return money(field).orElse(null);
    }

    public Quantity requiredQuantity(String field) {
        if (value(field) == null) {
            errors.add(field, "This field is required.");
            return null;
        }
        return quantity(field).orElse(null);
    }

    public Optional<Integer> integer(String field, int min, int max) {
        Optional<BigDecimal> raw = decimal(field);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = raw.get();
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(field, "Must be a whole number from " + min + " to " + max + ".");
            return Optional.empty();
        }
        return Optional.of(value.intValueExact());
    }

    // ---- other --------------------------------------------------------------------------------------------

    public Optional<Boolean> bool(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            errors.add(field, "Must be a boolean.");
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /** An enum given by its exact (case-sensitive) name. */
    public <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return Optional.of(constant);
                }
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name());
        }
        errors.add(field, "Must be one of: " + allowed + ".");
        return Optional.empty();
    }

    public Optional<LocalDate> date(String field) {
        Optional<String> text = text(field, 10);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            errors.add(field, "Must be a date in YYYY-MM-DD form.");
            return Optional.empty();
        }
    }

    /** A nested list of objects, each read with its own {@link JsonBody}. */
    public Optional<List<JsonBody>> objects(String field, int max) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            errors.add(field, "Must be a list.");
            return Optional.empty();
        }
        if (value.size() > max) {
            errors.add(field, "At most " + max + " items.");
            return Optional.empty();
        }
        List<JsonBody> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isObject()) {
                errors.add(field, "Each item must be an object.");
                return Optional.empty();
            }
            items.add(new JsonBody((ObjectNode) item));
        }
        return Optional.of(items);
    }

    /** Moves the problems of a nested item into this body's errors under {@code field[index].name}. */
    public void absorb(String field, int index, JsonBody item) {
        if (!item.errors.isEmpty()) {
            try {
                item.errors.throwIfAny();
            } catch (ValidationException e) {
                e.details().forEach((name, problems) -> {
                    for (Object problem : (List<?>) problems) {
                        errors.add(field + "[" + index + "]." + name, String.valueOf(problem));
                    }
                });
            }
        }
    }
}
