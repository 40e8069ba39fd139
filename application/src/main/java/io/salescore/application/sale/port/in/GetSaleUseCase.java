package io.salescore.application.sale.port.in;

import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.SaleId;

/** Reads one sale with its lines, holds and payments. */
public interface GetSaleUseCase {

    SaleView get(Actor actor, SaleId sale);
}
