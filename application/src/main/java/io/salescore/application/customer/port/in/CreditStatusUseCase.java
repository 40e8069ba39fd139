package io.salescore.application.customer.port.in;

import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.CustomerId;

/** A customer's credit status; every role may read it, as it may read the customer. */
public interface CreditStatusUseCase {

    /** @throws io.salescore.domain.shared.NotFoundException for an unknown id or another business's */
    CreditStatus status(Actor actor, CustomerId id);
}
