package io.salescore.application.common;

import java.util.Objects;

/**
 * Input an adapter has read, whose problems are reported only when the use case reaches them. The contract
 * orders errors: not found → unparsable body → permission → stale version → sale status → field validation.
 * An adapter cannot know the sale's status, so it hands over the outcome of reading instead of throwing.
 */
public final class Input<T> {

    private final T value;
    private final RuntimeException unparsable;
    private final RuntimeException invalid;

    private Input(T value, RuntimeException unparsable, RuntimeException invalid) {
        this.value = value;
        this.unparsable = unparsable;
        this.invalid = invalid;
    }

    /** Input that was read and is valid. */
    public static <T> Input<T> of(T value) {
        return new Input<>(Objects.requireNonNull(value), null, null);
    }

    /** The body could not be parsed at all. */
    public static <T> Input<T> unparsable(RuntimeException problem) {
        return new Input<>(null, Objects.requireNonNull(problem), null);
    }

    /** The body was parsed but a field is wrong. */
    public static <T> Input<T> invalid(RuntimeException problem) {
        return new Input<>(null, null, Objects.requireNonNull(problem));
    }

    /** Throws if the body could not be parsed. */
    public void requireParsable() {
        if (unparsable != null) {
            throw unparsable;
        }
    }

    /** The value, or the first problem found while reading it. */
    public T get() {
        requireParsable();
        if (invalid != null) {
            throw invalid;
        }
        return value;
    }
}
