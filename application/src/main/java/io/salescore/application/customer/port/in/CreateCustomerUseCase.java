package io.salescore.application.customer.port.in;

import io.salescore.domain.access.Actor;
import io.salescore.domain.customer.Customer;

/**
 * Adds a customer to the caller's business (every role; credit fields only for OWNER, ADMIN and MANAGER), with a
 * {@code customer.created} audit entry. A phone whose digits another customer of the business has is
 * {@code DUPLICATE_PHONE}.
 */
public interface CreateCustomerUseCase {

    Customer create(Actor actor, CreateCustomerCommand command);
}
