package io.salescore.adapter.persistence.sale;

import io.salescore.adapter.persistence.common.SqlWhere;
import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.domain.shared.StorefrontId;
import org.jdbi.v3.core.statement.SqlStatement;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one translation of the sales filters ({@link SaleFilter}, compat.md E14) into SQL, over {@code sale s} joined
 * to {@code customer c}: the sales list applies the period to {@code s.created_at}, the reports and the export to
 * {@code s.completed_at}, refunds to their own {@code r.created_at}.
 */
final class SaleCriteriaSql {

    /** {@code FROM sale s JOIN customer c} of a filter's sales. */
    static final String FROM = " FROM sale s JOIN customer c ON c.business_id = s.business_id AND c.id = s.customer_id";

    final String where;
    final Map<String, Object> binds;

    private SaleCriteriaSql(String where, Map<String, Object> binds) {
        this.where = where;
        this.binds = binds;
    }

    /**
     * @param periodColumn the column the period applies to ({@code s.created_at}, {@code s.completed_at},
     *                     {@code r.created_at})
     * @param receipted    only sales with a receipt number (every report)
     */
    static SaleCriteriaSql of(SaleFilter filter, String periodColumn, boolean receipted) {
        SaleCriteria c = filter.criteria();
        StringBuilder where = new StringBuilder("s.business_id = :b");
        Map<String, Object> binds = new LinkedHashMap<>();
        binds.put("b", filter.business().value());
        if (receipted) {
            where.append(" AND s.receipt_number IS NOT NULL");
        }
        filter.visibleStorefronts().ifPresent(visible -> {
            where.append(" AND s.storefront_id = ANY(:visible)");
            binds.put("visible", visible.stream().map(StorefrontId::value).toArray(UUID[]::new));
        });
        if (!c.statuses().isEmpty()) {
            where.append(" AND s.status = ANY(:statuses)");
            binds.put("statuses", c.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (!c.types().isEmpty()) {
            where.append(" AND s.type = ANY(:types)");
            binds.put("types", c.types().stream().map(Enum::name).toArray(String[]::new));
        }
        if (!c.paymentTypes().isEmpty()) {
            where.append(" AND s.payment_type = ANY(:paymentTypes)");
            binds.put("paymentTypes", c.paymentTypes().stream().map(Enum::name).toArray(String[]::new));
        }
        c.paymentStatus().ifPresent(p -> {
            where.append(" AND s.status IN ('COMPLETED', 'PARTIAL', 'PENDING', 'REFUNDED') AND ").append(switch (p) {
                case UNPAID -> "s.amount_paid = 0 AND s.amount_due > 0";
                case PARTIAL -> "s.amount_paid > 0 AND s.amount_due > 0";
                case PAID -> "s.amount_due = 0";
            });
        });
        c.outstanding().ifPresent(o -> where.append(o ? " AND s.amount_due > 0 AND s.status <> 'DRAFT'"
                : " AND s.amount_due = 0"));
        c.outstandingSince().ifPresent(t -> {
            where.append(" AND s.status IN ('PENDING', 'PARTIAL') AND s.completed_at <= :outstandingSince");
            binds.put("outstandingSince", t);
        });
        c.minAmountDue().ifPresent(v -> bound(where, binds, "s.amount_due >= :minDue", "minDue", v));
        c.maxAmountDue().ifPresent(v -> bound(where, binds, "s.amount_due <= :maxDue", "maxDue", v));
        c.amountMin().ifPresent(v -> bound(where, binds, "s.total_amount >= :amountMin", "amountMin", v));
        c.amountMax().ifPresent(v -> bound(where, binds, "s.total_amount <= :amountMax", "amountMax", v));
        c.amountAround().ifPresent(v -> {
            where.append(" AND s.total_amount BETWEEN :amountLow AND :amountHigh");
            binds.put("amountLow", v.subtract(new BigDecimal("5.00")));
            binds.put("amountHigh", v.add(new BigDecimal("5.00")));
        });
        c.storefront().ifPresent(s -> {
            where.append(" AND s.storefront_id = :storefront");
            binds.put("storefront", s.value());
        });
        c.customer().ifPresent(x -> {
            where.append(" AND s.customer_id = :customer");
            binds.put("customer", x.value());
        });
        c.user().ifPresent(u -> {
            where.append(" AND s.user_id = :user");
            binds.put("user", u.value());
        });
        c.receiptNumber().ifPresent(n -> {
            where.append(" AND s.receipt_number = :receiptNumber");
            binds.put("receiptNumber", n);
        });
        if (periodColumn != null) {
            c.from().ifPresent(t -> {
                where.append(" AND ").append(periodColumn).append(" >= :from");
                binds.put("from", t);
            });
            c.to().ifPresent(t -> {
                where.append(" AND ").append(periodColumn).append(" <= :to");
                binds.put("to", t);
            });
        }
        c.search().ifPresent(q -> {
            where.append(" AND (s.receipt_number ILIKE :q OR c.name ILIKE :q OR EXISTS (SELECT 1 FROM sale_item sl"
                    + " WHERE sl.business_id = s.business_id AND sl.sale_id = s.id"
                    + " AND (sl.product_name ILIKE :q OR sl.product_sku ILIKE :q)))");
            binds.put("q", SqlWhere.contains(q));
        });
        return new SaleCriteriaSql(where.toString(), binds);
    }

    private static void bound(StringBuilder where, Map<String, Object> binds, String clause, String name,
                              BigDecimal value) {
        where.append(" AND ").append(clause);
        binds.put(name, value);
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        binds.forEach(statement::bind);
        return statement;
    }
}
