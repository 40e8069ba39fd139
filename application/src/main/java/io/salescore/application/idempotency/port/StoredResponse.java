package io.salescore.application.idempotency.port;

/** A successful answer kept for replays: status, body, its content type and the ETag it carried. */
public record StoredResponse(int status, byte[] body, String contentType, String etag) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
