package io.salescore.application.account.port.out;

import io.salescore.application.account.port.Profile;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;

/** Port: the business as registration writes it, and the profile (user, business, role, storefronts) of a user. */
public interface ProfileStore {

    void insertBusiness(Profile.BusinessView business, Instant now);

    Profile loadProfile(BusinessId business, UserId user);
}
