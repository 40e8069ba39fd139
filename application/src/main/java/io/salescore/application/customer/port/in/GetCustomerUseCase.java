package io.salescore.application.customer.port.in;

import io.salescore.domain.access.Actor;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.CustomerId;

/** One customer of the caller's business, active or not (every role may read customers). */
public interface GetCustomerUseCase {

    /** @throws io.salescore.domain.shared.NotFoundException for an unknown id or another business's */
    Customer get(Actor actor, CustomerId id);
}
