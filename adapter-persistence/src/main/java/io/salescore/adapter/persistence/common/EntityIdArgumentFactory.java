package io.salescore.adapter.persistence.common;

import io.salescore.domain.shared.EntityId;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.Arguments;
import org.jdbi.v3.core.config.ConfigRegistry;

import java.sql.Types;
import java.util.UUID;

/**
 * Binds an id record ({@link EntityId}: {@code SaleId}, {@code UserId} ...) as its UUID, exactly as binding
 * {@code id.value()} would (the argument is the one the registry has for a UUID), so a statement can bind the id
 * itself.
 */
final class EntityIdArgumentFactory extends AbstractArgumentFactory<EntityId> {

    EntityIdArgumentFactory() {
        super(Types.OTHER);
    }

    @Override
    protected Argument build(EntityId value, ConfigRegistry config) {
        return config.get(Arguments.class).findFor(UUID.class, value.value())
                .orElseThrow(() -> new IllegalStateException("No argument for a UUID is registered"));
    }
}
