package io.salescore.application.refund.port.in;

import io.salescore.application.sale.port.SaleBusiness;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.refund.port.RefundView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.StorefrontId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Reading refunds: the list, one refund, and its receipt (with a token or through a signed link). */
public interface GetRefundsUseCase {

    record Query(Optional<SaleId> sale, Optional<StorefrontId> storefront, Optional<Instant> createdFrom,
                 Optional<Instant> createdTo) {
    }

    Page<RefundView> list(Actor actor, Query query, PageRequest page);

    RefundView get(Actor actor, UUID refund);

    /** A refund receipt: the refund, and its business as the receipt names it. */
    record Receipt(RefundView refund, SaleBusiness business) {
    }

    Receipt receipt(Actor actor, UUID refund);

    /** @throws io.salescore.domain.shared.AuthenticationException when the link is forged or expired */
    Receipt receiptByLink(UUID refund, long expires, String signature);
}
