package io.salescore.archfixture.application.port.in;

import io.salescore.archfixture.application.port.out.ThingStore;

/** Deliberately broken: an in-port type that hands out an out-port's record. */
public record ThingQuery(String name) {

    public ThingStore.StoredThing asStored() {
        return new ThingStore.StoredThing(name);
    }
}
