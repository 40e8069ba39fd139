package io.salescore.application.business.port.out;

import io.salescore.application.business.port.in.BusinessSettingsUseCase.Business;
import io.salescore.domain.account.BusinessSettings;
import io.salescore.domain.shared.BusinessId;

import java.time.Instant;
import java.util.Optional;

/** Port: a business's own row: name, currency, time zone and settings. */
public interface BusinessRepository {

    Optional<Business> find(BusinessId business);

    /** The same, locking the row until the transaction ends. */
    Optional<Business> lockForUpdate(BusinessId business);

    /** The settings alone (the price rules of a cashier's sale). */
    BusinessSettings settings(BusinessId business);

    void update(Business business, Instant now);

    /** Whether the business has any sale (its currency is then fixed). */
    boolean hasSales(BusinessId business);
}
