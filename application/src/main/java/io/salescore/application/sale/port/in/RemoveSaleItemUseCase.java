package io.salescore.application.sale.port.in;

import io.salescore.application.sale.port.out.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.SaleItemId;

import io.salescore.domain.shared.IfMatch;
import java.util.Optional;

/** Removes a line from a DRAFT sale and releases its hold at once. */
public interface RemoveSaleItemUseCase {

    SaleView remove(Actor actor, SaleItemId line, Optional<IfMatch> ifMatch);
}
