package io.salescore.adapter.persistence.sale;

import io.salescore.application.sale.port.ExportRow;
import io.salescore.application.sale.port.Key;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.application.sale.port.out.SalesExportQuery;

import java.util.List;
import java.util.Optional;

/** Export rows in keyset chunks over {@code sale_completed_idx} ({@code business_id, completed_at, id}). */
public final class JdbiSalesExportQuery implements SalesExportQuery {

    private final JdbiUnitOfWork tx;

    /** @param tx the export pool's unit of work (its own connections, with a statement timeout) */
    public JdbiSalesExportQuery(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public List<ExportRow> chunk(SaleFilter filter, Optional<Key> after, int limit) {
        SaleCriteriaSql sales = SaleCriteriaSql.of(filter, "s.completed_at", true);
        String keyset = after.isPresent() ? " AND (s.completed_at, s.id) > (:afterAt, :afterId)" : "";
        var query = sales.bind(tx.handle().createQuery("""
                        SELECT s.id, s.receipt_number, s.created_at, s.completed_at, st.name AS storefront_name,
                               coalesce(s.receipt_customer_name, c.name) AS customer_name, c.customer_type,
                               (SELECT count(*) FROM sale_item l WHERE l.business_id = s.business_id
                                                                   AND l.sale_id = s.id) AS items,
                               s.subtotal, s.items_discount_amount + s.discount_amount AS discount,
                               s.items_tax_amount + s.tax_amount AS tax, s.total_amount,
                               s.amount_paid - s.change_given - s.amount_paid_out AS paid, s.amount_due,
                               s.payment_type, s.status, coalesce(s.receipt_cashier_name, u.name, '') AS cashier,
                               s.notes
                        """ + SaleCriteriaSql.FROM + """

                         JOIN storefront st ON st.business_id = s.business_id AND st.id = s.storefront_id
                         LEFT JOIN app_user u ON u.business_id = s.business_id AND u.id = s.user_id
                        WHERE """ + " " + sales.where + keyset + " ORDER BY s.completed_at, s.id LIMIT :limit"));
        after.ifPresent(k -> query.bind("afterAt", k.completedAt()).bind("afterId", k.id()));
        return query.bind("limit", limit)
                .map((rs, ctx) -> new ExportRow(Rows.uuid(rs, "id"), rs.getString("receipt_number"),
                        Rows.instant(rs, "created_at"), Rows.instant(rs, "completed_at"),
                        rs.getString("storefront_name"), rs.getString("customer_name"), rs.getString("customer_type"),
                        rs.getLong("items"), rs.getBigDecimal("subtotal"), rs.getBigDecimal("discount"),
                        rs.getBigDecimal("tax"), rs.getBigDecimal("total_amount"), rs.getBigDecimal("paid"),
                        rs.getBigDecimal("amount_due"), rs.getString("payment_type"), rs.getString("status"),
                        rs.getString("cashier"), rs.getString("notes")))
                .list();
    }
}
