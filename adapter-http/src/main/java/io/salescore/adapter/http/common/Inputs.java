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
