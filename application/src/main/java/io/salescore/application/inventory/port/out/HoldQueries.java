package io.salescore.application.inventory.port.out;

import io.salescore.application.inventory.port.Named;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Port: reads of the holds that decide nothing (reports, receipts, stock adjustments' figures). */
public interface HoldQueries {

    /** Σ quantity of live holds ({@code ACTIVE and expires_at > now}) of one storefront product. */
    BigDecimal liveHeld(BusinessId business, StorefrontId storefront, ProductId product, Instant now);

    /** Every reservation row of a sale, oldest first, with product names. */
    List<Named> ofSale(BusinessId business, SaleId sale);
}
