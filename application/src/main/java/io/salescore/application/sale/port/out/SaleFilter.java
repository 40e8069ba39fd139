package io.salescore.application.sale.port.out;

import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which sales to read. {@code visibleStorefronts} empty-and-present means "none"; absent means all of the
 * business (OWNER, ADMIN). The {@link SaleCriteria} are the caller's filters.
 */
public record SaleFilter(BusinessId business, Optional<Set<StorefrontId>> visibleStorefronts, SaleCriteria criteria) {

    /** The filters the sales list had before E14. */
    public SaleFilter(BusinessId business, Optional<Set<StorefrontId>> visibleStorefronts, List<SaleStatus> statuses,
                      Optional<StorefrontId> storefront, Optional<CustomerId> customer, Optional<UserId> user,
                      Optional<Instant> createdFrom, Optional<Instant> createdTo, Optional<String> search) {
        this(business, visibleStorefronts, SaleCriteria.basic(statuses, storefront, customer, user, createdFrom,
                createdTo, search));
    }
}
