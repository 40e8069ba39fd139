package io.salescore.adapter.http.common;

import java.util.UUID;
import java.util.regex.Pattern;

/** The {@code X-Request-Id} every answer carries: the caller's when it is 1-200 printable ASCII characters, else new. */
public final class RequestIds {

    private static final Pattern PRINTABLE = Pattern.compile("^[\\x21-\\x7E]{1,200}$");

    private RequestIds() {
    }

    public static String of(String callers) {
        return callers != null && PRINTABLE.matcher(callers).matches() ? callers : UUID.randomUUID().toString();
    }
}
