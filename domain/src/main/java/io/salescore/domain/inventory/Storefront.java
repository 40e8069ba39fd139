package io.salescore.domain.inventory;

import io.salescore.domain.catalog.TextField;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;

import java.time.Instant;

/**
 * A till location of a business with the short code its receipt numbers start with. The code is fixed once a
 * receipt uses it. Deactivated, never removed; an inactive storefront takes no new sale or transfer.
 */
public final class Storefront {

    /** Everything stored about a storefront. */
    public record State(StorefrontId id, BusinessId businessId, String name, String location, StorefrontCode code,
                        boolean active, Instant createdAt, Instant updatedAt) {
    }

    private State state;

    private Storefront(State state) {
        this.state = state;
    }

    /** A new, active storefront; the caller derives the code when none was chosen ({@link StorefrontCode#derive}). */
    public static Storefront open(StorefrontId id, BusinessId business, String name, String location,
                                  StorefrontCode code, Instant now) {
        return new Storefront(new State(id, business, TextField.required(name, "name"),
                TextField.optional(location, "location"), code, true, now, now));
    }

    public static Storefront restore(State state) {
        return new Storefront(state);
    }

    /**
     * Changes the given fields ({@code null} keeps a value). A new code is refused once a receipt uses the current
     * one ({@code receiptIssued}), because printed receipt numbers must keep naming this storefront.
     */
    public void update(String name, String location, StorefrontCode code, boolean receiptIssued, Boolean active,
                       Instant now) {
        State s = state;
        boolean codeChanges = code != null && !code.equals(s.code());
        if (codeChanges && receiptIssued) {
            throw ValidationException.field("code", "The code cannot change once a receipt uses it.");
        }
        state = new State(s.id(), s.businessId(), name == null ? s.name() : TextField.required(name, "name"),
                location == null ? s.location() : TextField.optional(location, "location"),
                code == null ? s.code() : code, active == null ? s.active() : active, s.createdAt(), now);
    }

    /** Whether a change to {@code code} would change anything. */
    public boolean codeDiffersFrom(StorefrontCode code) {
        return code != null && !code.equals(state.code());
    }

    /** DELETE: storefronts are deactivated, never removed (sales and receipts keep them). */
    public void deactivate(Instant now) {
        update(null, null, null, false, false, now);
    }

    /** Refuses new stock (transfers) into an inactive storefront, naming the field it came from. */
    public void requireOpen(String field) {
        if (!state.active()) {
            throw ValidationException.field(field, "This storefront is inactive.");
        }
    }

    public State state() {
        return state;
    }

    public StorefrontId id() {
        return state.id();
    }

    public String name() {
        return state.name();
    }

    public StorefrontCode code() {
        return state.code();
    }

    public boolean active() {
        return state.active();
    }
}
