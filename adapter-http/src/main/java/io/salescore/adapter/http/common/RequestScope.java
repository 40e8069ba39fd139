package io.salescore.adapter.http.common;

/**
 * Opened before an authenticated request resolves its caller and closed when its handler is done. Bootstrap opens
 * one database connection for the whole request there ({@code UnitOfWork.shareConnection}), so the token lookup
 * and the use case share it instead of taking one each; the default does nothing.
 */
public interface RequestScope {

    RequestScope NONE = () -> () -> { };

    Open open();

    /** An open scope; closing it ends it. */
    interface Open extends AutoCloseable {
        @Override
        void close();
    }
}
