package io.salescore.application.business.port.in;

import io.salescore.application.business.port.BusinessDetails;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;

import java.util.Optional;

/**
 * The caller's business and its settings (domain.md "Prices are the shop's"): every member reads them; OWNER and
 * ADMIN change them (audited as {@code business.updated}). The currency is fixed once the business has a sale.
 */
public interface BusinessSettingsUseCase {

    /** A PATCH: empty fields keep their value. Already validated for type and range by the caller. */
    record Changes(Optional<String> name, Optional<String> currency, Optional<String> timezone,
                   Optional<Boolean> cashierPriceOverride, Optional<Percentage> cashierMaxDiscountPercentage,
                   Optional<Boolean> cashierMaySellWholesale, Optional<Money> cashierMaxPayOut,
                   Optional<Integer> refundWindowDays, Optional<Money> cashRounding) {
    }

    BusinessDetails get(Actor actor);

    BusinessDetails update(Actor actor, Changes changes);
}
