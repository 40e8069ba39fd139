package io.salescore.adapter.http.sale;

import io.javalin.http.Context;
import io.salescore.adapter.http.common.Inputs;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.application.common.Input;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.shared.SaleId;

import java.util.List;

/**
 * What {@link SaleRoutes}, {@link SaleLineRoutes} and {@link RefundRoutes} share: the sale's path, its id, a body of
 * no fields, a page.
 */
final class SaleRouteSupport {

    static final String SALE = "/sales/api/sales/{id}/";

    private SaleRouteSupport() {
    }

    /** The body of an action that takes no fields: nothing or any JSON object, but never unparsable JSON. */
    static Input<Boolean> noFields(Context ctx) {
        return Inputs.read(ctx, body -> Boolean.TRUE);
    }

    static SaleId saleId(Context ctx) {
        return SaleId.of(Params.pathId(ctx, "id"));
    }

    /** Writes {@code page} of {@code all} (a list read whole) as a page. */
    static <T> void writePage(Context ctx, List<T> all, PageRequest page) {
        int from = (int) Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size());
        Paging.write(ctx, new Page<>(all.subList(from, to), all.size(), page));
    }
}
