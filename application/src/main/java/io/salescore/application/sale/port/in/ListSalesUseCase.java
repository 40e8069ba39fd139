package io.salescore.application.sale.port.in;

import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;

/** Lists the sales the caller may see, newest first, with the sales filters (dates on {@code created_at}). */
public interface ListSalesUseCase {

    Page<SaleView> list(Actor actor, SaleCriteria criteria, PageRequest page);
}
