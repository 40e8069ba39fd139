package io.salescore.domain.catalog;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.WarehouseId;

import java.time.Instant;

/** A place where batches are received. Deactivated, never removed (its batches keep it). */
public final class Warehouse {

    /** Everything stored about a warehouse. */
    public record State(WarehouseId id, BusinessId businessId, String name, String location, boolean active,
                        Instant createdAt, Instant updatedAt) {
    }

    private State state;

    private Warehouse(State state) {
        this.state = state;
    }

    public static Warehouse create(WarehouseId id, BusinessId business, String name, String location, Instant now) {
        return new Warehouse(new State(id, business, TextField.required(name, "name"),
                TextField.optional(location, "location"), true, now, now));
    }

    public static Warehouse restore(State state) {
        return new Warehouse(state);
    }

    /** Changes the given fields; {@code null} keeps a value. */
    public void update(String name, String location, Boolean active, Instant now) {
        State s = state;
        state = new State(s.id(), s.businessId(), name == null ? s.name() : TextField.required(name, "name"),
                location == null ? s.location() : TextField.optional(location, "location"),
                active == null ? s.active() : active, s.createdAt(), now);
    }

    /** DELETE: warehouses are deactivated, never removed. */
    public void deactivate(Instant now) {
        update(null, null, false, now);
    }

    public State state() {
        return state;
    }

    public WarehouseId id() {
        return state.id();
    }

    public String name() {
        return state.name();
    }

    public boolean active() {
        return state.active();
    }
}
