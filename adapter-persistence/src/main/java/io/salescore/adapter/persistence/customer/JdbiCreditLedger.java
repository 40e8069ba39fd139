package io.salescore.adapter.persistence.customer;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.application.customer.port.out.CreditLedger;
import io.salescore.application.customer.port.CreditTransaction;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.UserId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** The customer's ledger from {@code credit_transaction}, by the index (business_id, customer_id, seq). */
public final class JdbiCreditLedger implements CreditLedger {

    private final JdbiUnitOfWork tx;

    public JdbiCreditLedger(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public Page<CreditTransaction> list(BusinessId business, CustomerId customer, PageRequest page) {
        long total = tx.handle().createQuery("""
                        SELECT count(*) FROM credit_transaction WHERE business_id = :business AND customer_id = :customer""")
                .bind("business", business)
                .bind("customer", customer)
                .mapTo(Long.class).one();
        List<CreditTransaction> items = total <= page.offset() ? List.of() : tx.handle().createQuery("""
                        SELECT id, customer_id, transaction_type, amount, balance_before, balance_after, sale_id,
                               reference_id, description, created_by, created_at
                        FROM credit_transaction
                        WHERE business_id = :business AND customer_id = :customer
                        ORDER BY seq
                        LIMIT :limit OFFSET :offset""")
                .bind("business", business)
                .bind("customer", customer)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map((rs, ctx) -> entry(rs))
                .list();
        return new Page<>(items, total, page);
    }

    private static CreditTransaction entry(ResultSet rs) throws SQLException {
        UUID sale = Rows.uuid(rs, "sale_id");
        UUID by = Rows.uuid(rs, "created_by");
        return new CreditTransaction(Rows.uuid(rs, "id"), CustomerId.of(Rows.uuid(rs, "customer_id")),
                CreditEntry.Type.valueOf(rs.getString("transaction_type")), rs.getBigDecimal("amount"),
                new Money(rs.getBigDecimal("balance_before")), new Money(rs.getBigDecimal("balance_after")),
                sale == null ? null : SaleId.of(sale), Rows.uuid(rs, "reference_id"), rs.getString("description"),
                by == null ? null : UserId.of(by), Rows.instant(rs, "created_at"));
    }
}
