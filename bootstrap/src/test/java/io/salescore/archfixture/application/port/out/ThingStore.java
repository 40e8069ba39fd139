package io.salescore.archfixture.application.port.out;

import io.salescore.archfixture.application.port.in.ThingQuery;

/** Deliberately broken: an out-port that takes an in-port's type (what both need belongs in the port package). */
public interface ThingStore {

    /** A stored thing, an out-port's record. */
    record StoredThing(String name) {
    }

    StoredThing find(ThingQuery query);
}
