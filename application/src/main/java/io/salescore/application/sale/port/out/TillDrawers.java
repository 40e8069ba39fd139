package io.salescore.application.sale.port.out;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.util.Optional;
import java.util.UUID;

/** The till session money moves into, locked FOR SHARE until the transaction ends (so a close waits for it). */
public interface TillDrawers {

    /**
     * The OPEN session at {@code storefront}: {@code named} if given (and, with {@code ownOnly}, only when it is
     * {@code payer}'s), else {@code payer}'s own; empty when there is none.
     */
    Optional<UUID> lockOpen(BusinessId business, StorefrontId storefront, UserId payer, Optional<UUID> named,
                            boolean ownOnly);
}
