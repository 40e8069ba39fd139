package io.salescore.adapter.http.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The JSON conventions of the API: snake_case record components, ISO-8601 UTC times with {@code Z}, decimals
 * never in exponent form, and responses that are never cached.
 */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            // Strict input: one JSON document and nothing after it, each key once (no "last one wins").
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** Context attribute set once a handler has written a JSON answer. */
    public static final String RESPONDED = "pos.responded";

    /** Context attribute holding the bytes of the JSON answer (kept for idempotent replays). */
    public static final String BODY = "pos.responseBody";

    public static void write(Context ctx, int status, Object body) {
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(body);
            ctx.attribute(RESPONDED, Boolean.TRUE);
            ctx.attribute(BODY, bytes);
            ctx.status(status).contentType("application/json").result(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response is not serialisable", e);
        }
    }

    public static void ok(Context ctx, Object body) {
        write(ctx, 200, body);
    }

    public static void created(Context ctx, Object body) {
        write(ctx, 201, body);
    }

    /** Money and percentages: two decimals as a string. */
    public static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Inventory quantities: a plain JSON number without trailing zeros ({@code 51}, {@code 2.5}). */
    public static BigDecimal number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Times in responses: UTC, microsecond precision, {@code Z}. */
    public static Instant time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
