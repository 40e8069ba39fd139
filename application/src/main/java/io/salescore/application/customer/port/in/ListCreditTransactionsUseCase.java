package io.salescore.application.customer.port.in;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.customer.port.CreditTransaction;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.CustomerId;

/**
 * A customer's account ledger, oldest first, business-wide (never filtered by storefront): OWNER, ADMIN and
 * MANAGER; a CASHIER is refused (http-api.md role table, "credit ledger").
 */
public interface ListCreditTransactionsUseCase {

    /**
     * @throws io.salescore.domain.shared.PermissionDeniedException for a CASHIER
     * @throws io.salescore.domain.shared.NotFoundException for an unknown customer or another business's
     */
    Page<CreditTransaction> list(Actor actor, CustomerId customer, PageRequest page);
}
