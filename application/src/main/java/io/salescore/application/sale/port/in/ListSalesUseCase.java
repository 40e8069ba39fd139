package io.salescore.application.sale.port.in;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.sale.port.out.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Lists the sales the caller may see, newest first, with filters. */
public interface ListSalesUseCase {

    record Query(List<SaleStatus> statuses, Optional<StorefrontId> storefront, Optional<CustomerId> customer,
                 Optional<UserId> user, Optional<Instant> createdFrom, Optional<Instant> createdTo,
                 Optional<String> search) {
    }

    Page<SaleView> list(Actor actor, Query query, PageRequest page);
}
