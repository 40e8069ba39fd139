package io.salescore.adapter.persistence.customer;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.application.customer.port.out.CreditStatusQuery;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * The customer row and Σ due of its overdue sales in one statement (the sale side through
 * {@code sale_customer_idx}). Terms count in 24-hour days, as the credit list's {@code days_outstanding} does.
 */
public final class JdbiCreditStatusQuery implements CreditStatusQuery {

    private final JdbiUnitOfWork tx;

    public JdbiCreditStatusQuery(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Row> find(BusinessId business, CustomerId id, Instant now) {
        return tx.handle().createQuery("SELECT " + JdbiCustomerRepository.COLUMNS + """
                        ,
                               (SELECT coalesce(sum(s.amount_due), 0) FROM sale s
                                WHERE s.business_id = c.business_id AND s.customer_id = c.id
                                  AND s.status IN ('PARTIAL', 'PENDING') AND s.amount_due > 0
                                  AND s.completed_at < CAST(:now AS timestamptz)
                                                       - c.credit_terms_days * interval '24 hours') AS overdue
                        FROM customer c
                        WHERE c.business_id = :business AND c.id = :id""")
                .bind("business", business)
                .bind("id", id)
                .bind("now", now)
                .map((rs, ctx) -> new Row(JdbiCustomerRepository.customer(rs), new Money(rs.getBigDecimal("overdue"))))
                .findOne();
    }
}
