package io.salescore.application.customer.port.in;

import io.salescore.application.common.Input;
import io.salescore.domain.access.Actor;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.CustomerId;

/**
 * Changes a customer's contact and credit fields (OWNER, ADMIN, MANAGER), with a {@code customer.updated} audit
 * entry naming each changed field before and after. A PATCH that changes nothing writes nothing.
 */
public interface UpdateCustomerUseCase {

    /**
     * The checks that come before reading the fields, in the contract's order: 404 for a customer the caller's
     * business does not have, then 400 MALFORMED_JSON when {@code body} could not be parsed, then 403 for a caller
     * who may not change customers.
     */
    void checkAccess(Actor actor, CustomerId id, Input<?> body);

    Customer update(Actor actor, CustomerId id, UpdateCustomerCommand command);
}
