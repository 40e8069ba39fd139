package io.salescore.adapter.http.catalog;

import io.javalin.http.Context;
import io.salescore.adapter.http.common.Params;

/** Query parameters shared by the catalogue and stock lists. */
public final class CatalogParams {

    private CatalogParams() {
    }

    /** {@code ?is_active=}: active only by default ({@code true}), inactive only ({@code false}), or all ({@code null}). */
    public static Boolean active(Context ctx) {
        return switch (Params.active(ctx)) {
            case ACTIVE -> true;
            case INACTIVE -> false;
            case ALL -> null;
        };
    }
}
