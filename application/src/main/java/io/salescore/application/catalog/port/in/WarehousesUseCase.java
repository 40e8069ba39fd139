package io.salescore.application.catalog.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.catalog.port.WarehouseFilter;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.catalog.Warehouse;
import io.salescore.domain.shared.WarehouseId;


/**
 * Warehouses: everyone reads them, OWNER, ADMIN and MANAGER change them. Commands are suppliers read after the
 * path id (404) and the role (403) were checked.
 */
public interface WarehousesUseCase {

    Page<Warehouse> list(Actor actor, WarehouseFilter filter, PageRequest page);

    Warehouse get(Actor actor, WarehouseId id);

    Warehouse create(Actor actor, Input<CreateWarehouseCommand> input);

    Warehouse update(Actor actor, WarehouseId id, Input<UpdateWarehouseCommand> input);

    /** DELETE: deactivates; the warehouse stays readable by id. */
    void deactivate(Actor actor, WarehouseId id);
}
