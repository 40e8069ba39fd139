package io.salescore.application.common;

import io.salescore.domain.shared.ValidationException;

/** Which page of a list to return: {@code page} from 1, {@code size} 1 to 200 (the sale catalogue: 5 000). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** The sale catalogue's pages (compat.md E6: old frontends read only its first page). */
    public static final int CATALOGUE_MAX_SIZE = 5000;

    public PageRequest {
        if (page < 1) {
            throw ValidationException.field("page", "Must be 1 or more.");
        }
        if (size < 1 || size > CATALOGUE_MAX_SIZE) {
            throw ValidationException.field("page_size", "Must be between 1 and " + MAX_SIZE + ".");
        }
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
