package io.salescore.adapter.http.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import io.salescore.application.idempotency.port.in.RunIdempotentlyUseCase;
import io.salescore.application.idempotency.port.StoredResponse;
import io.salescore.domain.access.Actor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code Idempotency-Key} on authenticated POSTs. The request hash is SHA-256 of user id, method, path without
 * trailing slash and the body as canonical JSON (keys sorted); a replay answers with the saved status, body and
 * ETag and {@code Idempotent-Replayed: true}.
 */
public final class IdempotentPosts implements RouteRegistry.PostWrapper {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final RunIdempotentlyUseCase idempotency;

    public IdempotentPosts(RunIdempotentlyUseCase idempotency) {
        this.idempotency = idempotency;
    }

    @Override
    public RouteRegistry.ActorHandler wrap(RouteRegistry.ActorHandler handler) {
        return (ctx, actor) -> {
            String key = ctx.header("Idempotency-Key");
            if (key == null) {
                handler.handle(ctx, actor);
                return;
            }
            // An unparsable body is MALFORMED_JSON before any key is claimed or replayed: a body with trailing
            // content or a duplicate key must never hash like the clean request it resembles.
            JsonBody.parse(JsonBody.readLimited(ctx));
            RunIdempotentlyUseCase.Outcome outcome = idempotency.run(actor, key, hash(ctx, actor), () -> {
                try {
                    handler.handle(ctx, actor);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                byte[] body = ctx.attribute(Json.BODY);
                return new StoredResponse(ctx.statusCode(), body == null ? new byte[0] : body, "application/json",
                        ctx.res().getHeader("ETag"));
            });
            if (outcome.replayed()) {
                StoredResponse stored = outcome.response();
                ctx.attribute(Json.RESPONDED, Boolean.TRUE);
                ctx.header("Idempotent-Replayed", "true");
                if (stored.etag() != null) {
                    ctx.header("ETag", stored.etag());
                }
                ctx.status(stored.status()).contentType(stored.contentType()).result(stored.body());
            }
        };
    }

    static byte[] hash(Context ctx, Actor actor) {
        String path = ctx.path();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        byte[] body = JsonBody.readLimited(ctx);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((actor.userId() + "\n" + ctx.method() + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(canonical(body));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The body with object keys sorted (the same request in another key order hashes the same). */
    static byte[] canonical(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            Object value = Json.MAPPER.readValue(body, Object.class);
            return CANONICAL.writeValueAsBytes(value);
        } catch (IOException unparsable) {
            return body;
        }
    }
}
