package io.salescore.adapter.http.catalog;

import io.javalin.http.Context;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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

    /**
     * {@code ?business=} or {@code ?business_id=}, which frontends written for the old backend send on the storefront
     * and warehouse lists (compat.md E8): the caller's own business has no effect, another well-formed id names a
     * business whose rows the caller never sees (so the list is empty), a malformed one is a 400 naming it.
     */
    public static boolean namesAnotherBusiness(Context ctx, Actor actor) {
        UUID own = actor.businessId().value();
        boolean other = false;
        for (String name : List.of("business", "business_id")) {
            other |= Params.uuid(ctx, name).map(id -> !id.equals(own)).orElse(false);
        }
        return other;
    }

    /**
     * Writes a list page that honours {@link #namesAnotherBusiness}: the page's parameters are checked first, then an
     * empty page when another business is named, else the page {@code list} reads.
     */
    public static <T> void writeList(Context ctx, Actor actor, Function<PageRequest, Page<T>> list) {
        PageRequest request = Paging.request(ctx);
        if (namesAnotherBusiness(ctx, actor)) {
            Paging.write(ctx, new Page<T>(List.of(), 0, request));
            return;
        }
        Paging.write(ctx, list.apply(request));
    }
}
