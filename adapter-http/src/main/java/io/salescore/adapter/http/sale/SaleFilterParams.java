package io.salescore.adapter.http.sale;

import io.javalin.http.Context;
import io.salescore.adapter.http.common.HttpError;
import io.salescore.adapter.http.common.Params;
import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The one parser of the sales filters (compat.md E14) shared by the sales list, the summary, the export and the
 * export link's body: a malformed value is a 400 {@code VALIDATION_ERROR} naming the parameter.
 */
public final class SaleFilterParams {

    /** Every filter parameter, in the order the export link's canonical query does not depend on. */
    public static final List<String> NAMES = List.of("status", "type", "payment_type", "payment_status",
            "has_outstanding_balance", "days_outstanding", "min_amount_due", "max_amount_due", "amount_min",
            "amount_max", "amount", "storefront", "customer", "customer_id", "user", "date_from", "date_to",
            "date_range", "search", "receipt_number");

    private static final Pattern DECIMAL = Pattern.compile("^-?\\d{1,10}(\\.\\d{1,2})?$");
    private static final Pattern INTEGER = Pattern.compile("^\\d{1,6}$");

    private final Map<String, List<String>> values;

    private SaleFilterParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The filters of a request's query string. */
    public static SaleFilterParams of(Context ctx) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            List<String> given = ctx.queryParams(name);
            if (!given.isEmpty()) {
                values.put(name, List.copyOf(given));
            }
        }
        return new SaleFilterParams(values);
    }

    /** The filters given as a map of parameter to values (the export link's body). */
    public static SaleFilterParams of(Map<String, List<String>> given) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            if (given.containsKey(name) && !given.get(name).isEmpty()) {
                values.put(name, List.copyOf(given.get(name)));
            }
        }
        return new SaleFilterParams(values);
    }

    /** The non-empty filter values, for the audit entry. */
    public Map<String, Object> asMap() {
        Map<String, Object> result = new TreeMap<>();
        values.forEach((name, list) -> {
            List<String> present = list.stream().filter(v -> !v.isEmpty()).toList();
            if (!present.isEmpty()) {
                result.put(name, present.size() == 1 ? present.get(0) : present);
            }
        });
        return result;
    }

    /** {@code name=value} pairs, URL-encoded, sorted by name then value, joined by {@code &}: what a link signs. */
    public String canonicalQuery() {
        List<String> pairs = new ArrayList<>();
        values.forEach((name, list) -> list.stream().filter(v -> !v.isEmpty())
                .forEach(v -> pairs.add(encode(name) + "=" + encode(v))));
        pairs.sort(null);
        return String.join("&", pairs);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private boolean hasPeriod() {
        return text("date_from").isPresent() || text("date_to").isPresent() || text("date_range").isPresent();
    }

    /**
     * The criteria. {@code zone} (the business time zone, read only when a date is given) sets the days;
     * {@code clock} sets "today" and {@code days_outstanding}.
     */
    public SaleCriteria criteria(Supplier<ZoneId> zone, UserId me, Clock clock) {
        ZoneId z = hasPeriod() ? zone.get() : ZoneId.of("UTC");
        List<SaleStatus> statuses = enums("status", SaleStatus.class, Map.of());
        List<SaleType> types = enums("type", SaleType.class, Map.of());
        List<PaymentType> paymentTypes = enums("payment_type", PaymentType.class, Map.of("SPLIT", "MIXED"));
        Optional<SaleCriteria.PaymentStatus> paymentStatus = text("payment_status").map(v -> switch (v) {
            case "unpaid" -> SaleCriteria.PaymentStatus.UNPAID;
            case "partial" -> SaleCriteria.PaymentStatus.PARTIAL;
            case "paid" -> SaleCriteria.PaymentStatus.PAID;
            default -> throw HttpError.badQueryParameter("payment_status", "Must be unpaid, partial or paid.");
        });
        Optional<Boolean> outstanding = text("has_outstanding_balance").map(v ->
                switch (v.toLowerCase(Locale.ROOT)) {
                    case "true", "1" -> true;
                    case "false", "0" -> false;
                    default -> throw HttpError.badQueryParameter("has_outstanding_balance", "Must be true or false.");
                });
        Optional<Instant> outstandingSince = text("days_outstanding").map(v -> {
            if (!INTEGER.matcher(v).matches()) {
                throw HttpError.badQueryParameter("days_outstanding", "Must be a whole number of days, 0 or more.");
            }
            return clock.instant().minus(Duration.ofDays(Long.parseLong(v)));
        });
        Optional<StorefrontId> storefront = uuid("storefront").map(StorefrontId::of);
        Optional<CustomerId> customer = uuid("customer").or(() -> uuid("customer_id")).map(CustomerId::of);
        Optional<UserId> user = text("user").map(u -> {
            if (u.equals("me")) {
                return me;
            }
            if (!Params.isUuid(u)) {
                throw HttpError.badQueryParameter("user", "Must be a valid UUID or me.");
            }
            return UserId.of(u);
        });
        Optional<Instant> from = dateBound("date_from", z, false);
        Optional<Instant> to = dateBound("date_to", z, true);
        Optional<String> range = text("date_range");
        if (range.isPresent()) {
            LocalDate[] days = range(range.get(), LocalDate.ofInstant(clock.instant(), z));
            Instant start = days[0].atStartOfDay(z).toInstant();
            Instant end = days[1].plusDays(1).atStartOfDay(z).toInstant().minusNanos(1000);
            from = Optional.of(from.filter(f -> f.isAfter(start)).orElse(start));
            to = Optional.of(to.filter(t -> t.isBefore(end)).orElse(end));
        }
        return new SaleCriteria(statuses, types, paymentTypes, paymentStatus, outstanding, outstandingSince,
                decimal("min_amount_due"), decimal("max_amount_due"), decimal("amount_min"), decimal("amount_max"),
                decimal("amount"), storefront, customer, user, from, to, text("search"), text("receipt_number"));
    }

    /** The first day and the last day of a {@code date_range} (BE's values and {@code last_7_days}). */
    private static LocalDate[] range(String value, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        LocalDate firstOfYear = today.withDayOfYear(1);
        return switch (value) {
            case "today" -> new LocalDate[] {today, today};
            case "yesterday" -> new LocalDate[] {today.minusDays(1), today.minusDays(1)};
            case "this_week" -> new LocalDate[] {monday, monday.plusDays(6)};
            case "last_week" -> new LocalDate[] {monday.minusDays(7), monday.minusDays(1)};
            case "last_7_days" -> new LocalDate[] {today.minusDays(6), today};
            case "this_month" -> new LocalDate[] {firstOfMonth, firstOfMonth.plusMonths(1).minusDays(1)};
            case "last_month" -> new LocalDate[] {firstOfMonth.minusMonths(1), firstOfMonth.minusDays(1)};
            case "last_30_days" -> new LocalDate[] {today.minusDays(29), today};
            case "last_90_days" -> new LocalDate[] {today.minusDays(89), today};
            case "this_year" -> new LocalDate[] {firstOfYear, firstOfYear.plusYears(1).minusDays(1)};
            case "last_year" -> new LocalDate[] {firstOfYear.minusYears(1), firstOfYear.minusDays(1)};
            default -> throw HttpError.badQueryParameter("date_range", "Must be one of today, yesterday, this_week,"
                    + " last_week, last_7_days, this_month, last_month, last_30_days, last_90_days, this_year,"
                    + " last_year.");
        };
    }

    /** The last non-empty value of a parameter. */
    Optional<String> text(String name) {
        List<String> list = values.getOrDefault(name, List.of());
        String value = null;
        for (String v : list) {
            if (v != null && !v.isEmpty()) {
                value = v;
            }
        }
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > 255 || value.indexOf('\0') >= 0) {
            throw HttpError.badQueryParameter(name, "Must be at most 255 characters without null characters.");
        }
        return Optional.of(value);
    }

    private Optional<UUID> uuid(String name) {
        Optional<String> value = text(name);
        if (value.isPresent() && !Params.isUuid(value.get())) {
            throw HttpError.badQueryParameter(name, "Must be a valid UUID.");
        }
        return value.map(UUID::fromString);
    }

    private Optional<BigDecimal> decimal(String name) {
        Optional<String> value = text(name);
        if (value.isPresent() && !DECIMAL.matcher(value.get()).matches()) {
            throw HttpError.badQueryParameter(name, "Must be a decimal number with at most 2 decimals.");
        }
        return value.map(BigDecimal::new);
    }

    private <E extends Enum<E>> List<E> enums(String name, Class<E> type, Map<String, String> aliases) {
        List<E> result = new ArrayList<>();
        for (String raw : values.getOrDefault(name, List.of())) {
            for (String part : raw.split(",")) {
                String v = part.strip();
                if (v.isEmpty()) {
                    continue;
                }
                try {
                    E value = Enum.valueOf(type, aliases.getOrDefault(v, v));
                    if (!result.contains(value)) {
                        result.add(value);
                    }
                } catch (IllegalArgumentException e) {
                    throw HttpError.badQueryParameter(name, "Unknown value " + v + ".");
                }
            }
        }
        return result;
    }

    private Optional<Instant> dateBound(String name, ZoneId zone, boolean endOfDay) {
        return Params.dateBound(name, text(name), zone, endOfDay);
    }
}
