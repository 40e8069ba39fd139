package io.salescore.adapter.http.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Jetty's own refusals, made before any route runs (a request line or URI it will not parse, headers too large),
 * answered with the API's JSON error body instead of Jetty's HTML page.
 */
public final class JsonErrorHandler extends ErrorHandler {

    /** Every answer carries one, these too (the request may be unreadable: then a new one). */
    private static final String REQUEST_ID = "X-Request-Id";

    /** Jetty writes error bodies for GET, POST and HEAD only; every method of the API gets one. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    /**
     * A request line with an HTTP version Jetty does not speak ({@code HTTP/1.2}, {@code FOO/1.1}) is the client's
     * mistake: 400 {@code MALFORMED_REQUEST}, not 505 with a server failure's code.
     */
    static int clientStatus(int code) {
        return code == 505 ? 400 : code;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        code = clientStatus(code);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(REQUEST_ID, RequestIds.of(request.getHeaders().get(REQUEST_ID)));
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put(REQUEST_ID, RequestIds.of(null));
        return ByteBuffer.wrap(body(clientStatus(status)));
    }

    private static byte[] body(int status) {
        try {
            return Json.MAPPER.writeValueAsBytes(ErrorMapper.transportError(status));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
