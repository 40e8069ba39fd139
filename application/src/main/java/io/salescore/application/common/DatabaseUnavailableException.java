package io.salescore.application.common;

/** The database did not answer (connection refused, lost or shut down). Adapters answer "try again shortly". */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
