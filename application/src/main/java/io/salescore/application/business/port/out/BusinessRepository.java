package io.salescore.application.business.port.out;

import io.salescore.application.business.port.BusinessDetails;
import io.salescore.domain.account.BusinessSettings;
import io.salescore.domain.shared.BusinessId;

import java.time.Instant;
import java.util.Optional;

/** Port: a business's own row: name, currency, time zone and settings. */
public interface BusinessRepository {

    Optional<BusinessDetails> find(BusinessId business);

    /** The same, locking the row until the transaction ends. */
    Optional<BusinessDetails> lockForUpdate(BusinessId business);

    /** The settings alone (the price rules of a cashier's sale). */
    BusinessSettings settings(BusinessId business);

    void update(BusinessDetails business, Instant now);

    /** Whether the business has any sale (its currency is then fixed). */
    boolean hasSales(BusinessId business);
}
