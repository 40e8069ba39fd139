package io.salescore.adapter.http.common;

import java.util.Map;

/** A failure that exists only at the HTTP edge (bad JSON, missing token, unknown route, body too large). */
public final class HttpError extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, Object> details;

    public HttpError(int status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    public static HttpError malformedJson(String why) {
        return new HttpError(400, "MALFORMED_JSON", "The request body is not a valid JSON object.",
                Map.of("reason", why));
    }

    public static HttpError notAuthenticated() {
        return new HttpError(401, "NOT_AUTHENTICATED", "Authentication credentials were not provided.", Map.of());
    }

    public static HttpError invalidSignature() {
        return new HttpError(401, "INVALID_SIGNATURE", "This receipt link is invalid or has expired.", Map.of());
    }

    public static HttpError payloadTooLarge() {
        return new HttpError(413, "PAYLOAD_TOO_LARGE", "The request body is larger than 1 MiB.", Map.of());
    }

    public static HttpError badQueryParameter(String name, String problem) {
        return new HttpError(400, "VALIDATION_ERROR", "Invalid query parameter " + name + ": " + problem,
                Map.of(name, java.util.List.of(problem)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
