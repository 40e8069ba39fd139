package io.salescore.application.catalog;

import io.salescore.application.catalog.port.in.CreateWarehouseCommand;
import io.salescore.application.catalog.port.in.UpdateWarehouseCommand;
import io.salescore.application.catalog.port.in.WarehouseFilter;
import io.salescore.application.catalog.port.in.WarehousesUseCase;
import io.salescore.application.catalog.port.out.WarehouseRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.catalog.Warehouse;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.WarehouseId;

import java.time.Clock;
import java.util.function.Supplier;

/** Warehouse lifecycle. */
public final class WarehouseService implements WarehousesUseCase {

    private final UnitOfWork tx;
    private final WarehouseRepository warehouses;
    private final IdGenerator ids;
    private final Clock clock;

    public WarehouseService(UnitOfWork tx, WarehouseRepository warehouses, IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.warehouses = warehouses;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Page<Warehouse> list(Actor actor, WarehouseFilter filter, PageRequest page) {
        return tx.inTransaction(() -> warehouses.list(actor.businessId(), filter, page));
    }

    @Override
    public Warehouse get(Actor actor, WarehouseId id) {
        return tx.inTransaction(() -> warehouses.find(actor.businessId(), id).orElseThrow(NotFoundException::new));
    }

    @Override
    public Warehouse create(Actor actor, Supplier<CreateWarehouseCommand> input) {
        return tx.inTransaction(() -> {
            actor.requireCatalogueManagement();
            CreateWarehouseCommand c = input.get();
            Warehouse warehouse = Warehouse.create(WarehouseId.of(ids.newId()), actor.businessId(), c.name(),
                    c.location(), clock.instant());
            warehouses.insert(warehouse);
            return warehouse;
        });
    }

    @Override
    public Warehouse update(Actor actor, WarehouseId id, Supplier<UpdateWarehouseCommand> input) {
        return tx.inTransaction(() -> {
            Warehouse warehouse = warehouses.findForUpdate(actor.businessId(), id).orElseThrow(NotFoundException::new);
            actor.requireCatalogueManagement();
            UpdateWarehouseCommand c = input.get();
            warehouse.update(c.name(), c.location(), c.active(), clock.instant());
            warehouses.update(warehouse);
            return warehouse;
        });
    }

    @Override
    public void deactivate(Actor actor, WarehouseId id) {
        tx.run(() -> {
            Warehouse warehouse = warehouses.findForUpdate(actor.businessId(), id).orElseThrow(NotFoundException::new);
            actor.requireCatalogueManagement();
            warehouse.deactivate(clock.instant());
            warehouses.update(warehouse);
        });
    }
}
