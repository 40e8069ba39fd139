package io.salescore.application.sale.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.SaleId;

import java.util.Optional;

/**
 * Puts another customer on a DRAFT sale, checking in the seed's order: sale found → DRAFT → field present →
 * id well-formed → customer found in the business → customer active. Setting the same customer changes nothing.
 */
public interface UpdateSaleCustomerUseCase {

    record Command(SaleId sale, Optional<ExpectedVersion> expectedVersion, Input<CustomerId> customer) {
    }

    /** The sale after the change, and the names before and after. */
    record Result(SaleView sale, String previousCustomer, String newCustomer, boolean changed) {
    }

    Result update(Actor actor, Command command);
}
