package io.salescore.adapter.persistence.sale;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.application.sale.port.out.ReceiptCounter;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Receipt numbers from a counter row per (business, storefront code, business-local day), taken last in the
 * checkout transaction: a rolled-back checkout gives its number back, so there are no gaps.
 */
public final class JdbiReceiptCounter implements ReceiptCounter {

    private final JdbiUnitOfWork tx;

    public JdbiReceiptCounter(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public ReceiptNumber next(BusinessId business, StorefrontId storefront, Instant at) {
        return tx.handle().createQuery("""
                        INSERT INTO receipt_counter (business_id, storefront_code, day, last_value)
                        SELECT st.business_id, st.code, CAST(timezone(b.timezone, CAST(:at AS timestamptz)) AS date), 1
                        FROM storefront st JOIN business b ON b.id = st.business_id
                        WHERE st.business_id = :b AND st.id = :s
                        ON CONFLICT (business_id, storefront_code, day)
                        DO UPDATE SET last_value = receipt_counter.last_value + 1
                        RETURNING storefront_code, day, last_value""")
                .bind("b", business)
                .bind("s", storefront)
                .bind("at", at)
                .map((rs, ctx) -> ReceiptNumber.of(rs.getString("storefront_code"),
                        rs.getObject("day", LocalDate.class), rs.getLong("last_value")))
                .one();
    }
}
