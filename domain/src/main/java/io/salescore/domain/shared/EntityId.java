package io.salescore.domain.shared;

import java.util.UUID;

/**
 * What the id records ({@link SaleId}, {@link UserId}, {@link BusinessId} ...) have in common: each wraps one UUID.
 * Lets an adapter treat them alike (the Jdbi adapter binds any of them as its UUID).
 */
public interface EntityId {

    UUID value();
}
