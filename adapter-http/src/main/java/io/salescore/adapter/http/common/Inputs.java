package io.salescore.adapter.http.common;

import io.javalin.http.Context;
import io.salescore.application.common.Input;

import java.util.function.Function;

/**
 * Reads a body into an {@link Input}: unparsable JSON and invalid fields are handed to the use case, which
 * reports them after the checks that come first in the contract (404, 403, 412).
 */
public final class Inputs {

    private Inputs() {
    }

    /** Binds the body into a request record ({@link BodyBinder}) and makes the use case's input of it. */
    public static <R extends Record, T> Input<T> read(Context ctx, Class<R> request, Function<R, T> command) {
        return read(ctx, body -> {
            R bound = BodyBinder.bind(body, request);
            body.validate();
            return command.apply(bound);
        });
    }

    public static <T> Input<T> read(Context ctx, Function<JsonBody, T> reader) {
        JsonBody body;
        try {
            body = JsonBody.of(ctx);
        } catch (HttpError e) {
            if (e.status() == 413) {
                throw e;
            }
            return Input.unparsable(e);
        }
        try {
            T value = reader.apply(body);
            body.validate();
            return Input.of(value);
        } catch (RuntimeException e) {
            return Input.invalid(e);
        }
    }
}
