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
 * <p>
 * A body that cannot be canonicalised (unparsable JSON, trailing content, a duplicate key, JSON that is not an
 * object) is not this wrapper's to answer: the route runs as if no key had been sent, and nothing is claimed,
 * looked up or stored. The route then answers exactly what it answers without a key (a path id's 404, a 403 or a
 * stale If-Match's 412 before its {@code MALFORMED_JSON}, as the contract orders them), a key reused with such a
 * body is not {@code IDEMPOTENCY_KEY_REUSED} (the unparsable body comes before idempotency in the contract), and
 * the key stays free for the corrected request. Nothing can run twice this way: every POST route refuses an
 * unparsable body before it changes anything. A body that cannot be read at all (over 1 MiB, or a broken
 * stream) is still refused here, since the route could not read it again.
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
            if (!canonicalisable(JsonBody.readLimited(ctx))) {
                // Not a request the key can name: the route answers as without a key (its 404, 403, 412 or
                // MALFORMED_JSON), and nothing is claimed or stored, so the key stays free for the good request.
                handler.handle(ctx, actor);
                return;
            }
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

    /**
     * Whether the body is one the routes accept as JSON (empty, or one strict JSON object: no trailing content, no
     * duplicate key), by the same rule as {@link JsonBody#parse}; only such a body has a canonical form to hash, so
     * a body with trailing content or a duplicate key never hashes like the clean request it resembles.
     */
    static boolean canonicalisable(byte[] body) {
        try {
            JsonBody.parse(body);
            return true;
        } catch (HttpError unparsable) {
            return false;
        }
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
