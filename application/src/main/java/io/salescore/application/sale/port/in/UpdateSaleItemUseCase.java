package io.salescore.application.sale.port.in;

import io.salescore.application.common.Input;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;

import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/**
 * Changes a line's quantity or price terms. A new quantity edits the line's live hold in place (or takes a new
 * hold when it has none); without a quantity, stock is not touched.
 */
public interface UpdateSaleItemUseCase {

    record Changes(Optional<Quantity> quantity, Optional<Money> unitPrice, Optional<Percentage> discountPercentage,
                   Optional<Percentage> taxRate) {
    }

    /** {@code sale}: when present, the line must belong to that sale (404 otherwise). */
    record Command(SaleItemId line, Optional<ExpectedVersion> expectedVersion, Input<Changes> changes, Optional<SaleId> sale) {

        public Command(SaleItemId line, Optional<ExpectedVersion> expectedVersion, Input<Changes> changes) {
            this(line, expectedVersion, changes, Optional.empty());
        }
    }

    LineResult update(Actor actor, Command command);
}
