package io.salescore.application.sale.port.out;

import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;

import java.time.Instant;

/**
 * Port: the next receipt number of a storefront for the business-local day of {@code at}, from a counter row
 * per (business, storefront code, day) incremented in the caller's transaction: no gaps, no collisions.
 */
public interface ReceiptCounter {

    ReceiptNumber next(BusinessId business, StorefrontId storefront, Instant at);
}
