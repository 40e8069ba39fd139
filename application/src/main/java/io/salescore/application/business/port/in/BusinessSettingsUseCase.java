package io.salescore.application.business.port.in;

import io.salescore.domain.access.Actor;
import io.salescore.domain.account.BusinessSettings;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;

import java.util.Optional;

/**
 * The caller's business and its settings (domain.md "Prices are the shop's"): every member reads them; OWNER and
 * ADMIN change them (audited as {@code business.updated}). The currency is fixed once the business has a sale.
 */
public interface BusinessSettingsUseCase {

    /** The business as its members see it. */
    record Business(BusinessId id, String name, String currency, String timezone, BusinessSettings settings) {
    }

    /** A PATCH: empty fields keep their value. Already validated for type and range by the caller. */
    record Changes(Optional<String> name, Optional<String> currency, Optional<String> timezone,
                   Optional<Boolean> cashierPriceOverride, Optional<Percentage> cashierMaxDiscountPercentage,
                   Optional<Boolean> cashierMaySellWholesale, Optional<Money> cashierMaxPayOut,
                   Optional<Integer> refundWindowDays, Optional<Money> cashRounding) {
    }

    Business get(Actor actor);

    Business update(Actor actor, Changes changes);
}
