package io.salescore.application.customer.port.in;

import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.CustomerId;

/** DELETE: deactivates a customer (OWNER, ADMIN, MANAGER); the walk-in customer refuses. Repeating it is harmless. */
public interface DeactivateCustomerUseCase {

    void deactivate(Actor actor, CustomerId id);
}
