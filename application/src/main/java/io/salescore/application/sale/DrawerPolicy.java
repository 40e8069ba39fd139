package io.salescore.application.sale;

import io.salescore.application.sale.port.out.TillDrawers;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which drawer money goes to (domain.md "Attribution"): the session named in the request (an OPEN one at the
 * sale's storefront; a CASHIER's own only), else the payer's own OPEN session there, else none, unless
 * {@code POS_REQUIRE_OPEN_SESSION} demands one (400 {@code NO_OPEN_SESSION}). Only a named session or the
 * requirement costs a statement; the payer's own session is otherwise found inside the write itself.
 */
public final class DrawerPolicy {

    private final TillDrawers drawers;
    private final boolean required;

    public DrawerPolicy(TillDrawers drawers, boolean required) {
        this.drawers = drawers;
        this.required = required;
    }

    /** Adapters without till sessions: no session is ever named, none is required. */
    public static DrawerPolicy none() {
        return new DrawerPolicy(null, false);
    }

    public boolean required() {
        return required;
    }

    /**
     * The named session, checked and locked; empty when none is named (the write then attributes the money to the
     * payer's own OPEN session, if any).
     */
    public Optional<UUID> resolve(Actor actor, StorefrontId storefront, UserId payer, Optional<UUID> named) {
        if (named.isEmpty() && !required) {
            return Optional.empty();
        }
        if (drawers == null) {
            throw ValidationException.field("session", "Till sessions are not available here.");
        }
        Optional<UUID> found = drawers.lockOpen(actor.businessId(), storefront, payer, named,
                actor.role() == Role.CASHIER);
        if (named.isPresent() && found.isEmpty()) {
            throw ValidationException.field("session",
                    "Not an OPEN till session at this sale's storefront that you may use.");
        }
        if (found.isEmpty()) {
            throw noOpenSession();
        }
        return named;
    }

    public static BusinessRuleException noOpenSession() {
        return new BusinessRuleException("NO_OPEN_SESSION",
                "Open a till session at this storefront before taking or paying out money.", "",
                Map.of(), Map.of());
    }
}
