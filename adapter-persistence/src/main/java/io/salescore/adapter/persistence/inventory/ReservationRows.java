package io.salescore.adapter.persistence.inventory;

import io.salescore.adapter.persistence.common.Rows;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.UUID;

/** Maps reservation rows to the domain's {@link Reservation}. */
final class ReservationRows {

    static final String COLUMNS = "r.id, r.sale_id, r.sale_item_id, r.storefront_id, r.product_id, r.stock_product_id, "
            + "r.quantity, r.status, r.expires_at, r.created_at, r.released_at, r.release_reason";

    static final RowMapper<Reservation> MAPPER = (rs, ctx) -> {
        UUID stockProduct = Rows.uuid(rs, "stock_product_id");
        String reason = rs.getString("release_reason");
        return new Reservation(ReservationId.of(Rows.uuid(rs, "id")), SaleId.of(Rows.uuid(rs, "sale_id")),
                SaleItemId.of(Rows.uuid(rs, "sale_item_id")), StorefrontId.of(Rows.uuid(rs, "storefront_id")),
                ProductId.of(Rows.uuid(rs, "product_id")),
                stockProduct == null ? null : StockProductId.of(stockProduct),
                new Quantity(rs.getBigDecimal("quantity")), ReservationStatus.valueOf(rs.getString("status")),
                Rows.instant(rs, "expires_at"), Rows.instant(rs, "created_at"), Rows.instant(rs, "released_at"),
                reason == null ? null : ReleaseReason.valueOf(reason));
    };

    private ReservationRows() {
    }
}
