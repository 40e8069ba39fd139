package io.salescore.application.business.port;

import io.salescore.domain.account.BusinessSettings;
import io.salescore.domain.shared.BusinessId;

/** The business as its members see it. */
public record BusinessDetails(BusinessId id, String name, String currency, String timezone, BusinessSettings settings) {
}
