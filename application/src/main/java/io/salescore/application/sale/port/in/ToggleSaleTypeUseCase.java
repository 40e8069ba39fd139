package io.salescore.application.sale.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.SaleId;

import java.util.List;
import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/** Switches a DRAFT sale between RETAIL and WHOLESALE, re-pricing the lines priced from a batch. */
public interface ToggleSaleTypeUseCase {

    record Command(SaleId sale, Optional<ExpectedVersion> expectedVersion, Input<SaleType> type) {
    }

    /** {@code changed} is false when the sale already had that type. */
    record Result(SaleView sale, boolean changed, List<Sale.Repricing> updated) {
    }

    Result toggle(Actor actor, Command command);
}
