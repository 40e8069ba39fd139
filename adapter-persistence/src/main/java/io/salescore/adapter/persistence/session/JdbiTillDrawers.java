package io.salescore.adapter.persistence.session;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.application.sale.port.out.TillDrawers;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.util.Optional;
import java.util.UUID;

/** The OPEN till session money moves into, taken FOR SHARE (a close, which holds it FOR UPDATE, waits). */
public final class JdbiTillDrawers implements TillDrawers {

    private final JdbiUnitOfWork tx;

    public JdbiTillDrawers(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public Optional<UUID> lockOpen(BusinessId business, StorefrontId storefront, UserId payer, Optional<UUID> named,
                                   boolean ownOnly) {
        return tx.handle().createQuery("""
                        SELECT ts.id FROM till_session ts
                        WHERE ts.business_id = :b AND ts.storefront_id = :s AND ts.status = 'OPEN'
                          AND (CASE WHEN CAST(:named AS uuid) IS NULL THEN ts.user_id = :payer
                                    ELSE ts.id = CAST(:named AS uuid) AND (NOT :ownOnly OR ts.user_id = :payer) END)
                        FOR SHARE""")
                .bind("b", business)
                .bind("s", storefront)
                .bind("payer", payer)
                .bind("named", named.orElse(null))
                .bind("ownOnly", ownOnly)
                .mapTo(UUID.class)
                .findOne();
    }
}
