package io.salescore.adapter.http.common;

import io.javalin.http.Context;
import io.salescore.domain.shared.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Path and query parameters. A malformed id in the path is a 404 (it cannot name anything);
 * a malformed filter is a 400 naming the parameter.
 */
public final class Params {

    private static final Pattern UUID_FORM =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private Params() {
    }

    public static boolean isUuid(String value) {
        return value != null && UUID_FORM.matcher(value).matches();
    }

    /** A path id: malformed is simply not found. */
    public static UUID pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        if (!isUuid(raw)) {
            throw new NotFoundException();
        }
        return UUID.fromString(raw);
    }

    public static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() > 255 || value.indexOf('\0') >= 0) {
            throw HttpError.badQueryParameter(name, "Must be at most 255 characters without null characters.");
        }
        return Optional.of(value);
    }

    public static Optional<UUID> uuid(Context ctx, String name) {
        Optional<String> value = text(ctx, name);
        if (value.isPresent() && !isUuid(value.get())) {
            throw HttpError.badQueryParameter(name, "Must be a valid UUID.");
        }
        return value.map(UUID::fromString);
    }

    public static Optional<Boolean> bool(Context ctx, String name) {
        Optional<String> value = text(ctx, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> throw HttpError.badQueryParameter(name, "Must be true or false.");
        };
    }

    /** Repeated or comma-separated values of an enum, e.g. {@code ?status=DRAFT,PENDING}. */
    public static <E extends Enum<E>> List<E> enums(Context ctx, String name, Class<E> type) {
        List<E> result = new ArrayList<>();
        for (String raw : ctx.queryParams(name)) {
            for (String part : raw.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    result.add(Enum.valueOf(type, part.strip()));
                } catch (IllegalArgumentException e) {
                    throw HttpError.badQueryParameter(name, "Unknown value " + part.strip() + ".");
                }
            }
        }
        return result;
    }

    /** Which rows are listed by {@code ?is_active=}: active by default, {@code false} for inactive, {@code all}. */
    public enum ActiveFilter {
        ACTIVE, INACTIVE, ALL;

        /** The {@code is_active} value rows must have, or {@code null} when both are listed. */
        public Boolean flag() {
            return this == ALL ? null : this == ACTIVE;
        }
    }

    public static ActiveFilter active(Context ctx) {
        Optional<String> value = text(ctx, "is_active");
        if (value.isEmpty()) {
            return ActiveFilter.ACTIVE;
        }
        return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> ActiveFilter.ACTIVE;
            case "false", "0" -> ActiveFilter.INACTIVE;
            case "all" -> ActiveFilter.ALL;
            default -> throw HttpError.badQueryParameter("is_active", "Must be true, false or all.");
        };
    }

    /**
     * A date filter bound: {@code YYYY-MM-DD} is a whole day in the business time zone (start of day for
     * {@code date_from}, end of day for {@code date_to}), or an ISO instant.
     */
    public static Optional<Instant> dateBound(Context ctx, String name, ZoneId zone, boolean endOfDay) {
        return dateBound(name, text(ctx, name), zone, endOfDay);
    }

    /** The same bound from a value read elsewhere (a query string or a request body's filters). */
    public static Optional<Instant> dateBound(String name, Optional<String> value, ZoneId zone, boolean endOfDay) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String raw = value.get();
        Instant bound;
        try {
            if (raw.length() == 10) {
                LocalDate day = LocalDate.parse(raw);
                bound = endOfDay ? day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000)
                        : day.atStartOfDay(zone).toInstant();
            } else {
                bound = Instant.parse(raw);
            }
        } catch (DateTimeParseException e) {
            throw HttpError.badQueryParameter(name, "Must be YYYY-MM-DD or an ISO-8601 instant.");
        }
        if (bound.isBefore(EARLIEST) || bound.isAfter(LATEST)) {
            throw HttpError.badQueryParameter(name, "Must be between the years 1 and 9999.");
        }
        return Optional.of(bound);
    }

    /** A {@code ?user=} filter: a user id, or {@code me} for the caller. */
    public static Optional<io.salescore.domain.shared.UserId> userOrMe(Context ctx, String name,
                                                                       io.salescore.domain.shared.UserId me) {
        return text(ctx, name).map(u -> {
            if (u.equals("me")) {
                return me;
            }
            if (!isUuid(u)) {
                throw HttpError.badQueryParameter(name, "Must be a valid UUID or me.");
            }
            return io.salescore.domain.shared.UserId.of(u);
        });
    }
}
