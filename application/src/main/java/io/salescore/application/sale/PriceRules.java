package io.salescore.application.sale;

import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.domain.access.Actor;
import io.salescore.domain.account.BusinessSettings;

import java.util.Optional;

/**
 * Where a sale change meets "prices are the shop's": the business settings a CASHIER is held to, read only for a
 * CASHIER and only when the change gives a price, tax, discount or type by hand (so the common add costs nothing).
 */
final class PriceRules {

    private PriceRules() {
    }

    /** The settings the actor is held to; empty for MANAGER and above. */
    static Optional<BusinessSettings> of(SaleCatalog catalog, Actor actor) {
        return BusinessSettings.restricted(actor.role()) ? Optional.of(catalog.settings(actor.businessId()))
                : Optional.empty();
    }
}
