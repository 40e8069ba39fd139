package io.salescore.application.customer.port.in;

import io.salescore.application.customer.port.CustomerQuery;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.customer.Customer;

/** The caller's business's customers, ordered by name (every role may read customers). */
public interface ListCustomersUseCase {

    Page<Customer> list(Actor actor, CustomerQuery query, PageRequest page);
}
