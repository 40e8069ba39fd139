package io.salescore.application.catalog;

import io.salescore.application.common.Input;
import io.salescore.application.catalog.port.in.CreateWarehouseCommand;
import io.salescore.application.catalog.port.in.UpdateWarehouseCommand;
import io.salescore.application.catalog.port.WarehouseFilter;
import io.salescore.application.catalog.port.in.WarehousesUseCase;
import io.salescore.application.audit.ChangeEvents;
import io.salescore.application.audit.port.out.AuditLogRepository;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Warehouse lifecycle; every change is audited ({@code warehouse.*}) in its transaction. */
public final class WarehouseService implements WarehousesUseCase {

    private final UnitOfWork tx;
    private final WarehouseRepository warehouses;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditLogRepository audit;

    public WarehouseService(UnitOfWork tx, WarehouseRepository warehouses, AuditLogRepository audit, IdGenerator ids,
                            Clock clock) {
        this.tx = tx;
        this.warehouses = warehouses;
        this.audit = audit;
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
    public Warehouse create(Actor actor, Input<CreateWarehouseCommand> input) {
        return tx.inTransaction(() -> {
            input.requireParsable();
            actor.requireCatalogueManagement();
            CreateWarehouseCommand c = input.get();
            Warehouse warehouse = Warehouse.create(WarehouseId.of(ids.newId()), actor.businessId(), c.name(),
                    c.location(), clock.instant());
            warehouses.insert(warehouse);
            audit.append(actor, warehouse.state().createdAt(), List.of(ChangeEvents.created("warehouse",
                    "warehouse_id", warehouse.id().value(), label(warehouse), fields(warehouse.state()))));
            return warehouse;
        });
    }

    @Override
    public Warehouse update(Actor actor, WarehouseId id, Input<UpdateWarehouseCommand> input) {
        return tx.inTransaction(() -> {
            Warehouse warehouse = warehouses.findForUpdate(actor.businessId(), id).orElseThrow(NotFoundException::new);
            input.requireParsable();
            actor.requireCatalogueManagement();
            UpdateWarehouseCommand c = input.get();
            Warehouse.State before = warehouse.state();
            Instant now = clock.instant();
            warehouse.update(c.name(), c.location(), c.active(), now);
            warehouses.update(warehouse);
            audited(actor, warehouse, before, now);
            return warehouse;
        });
    }

    @Override
    public void deactivate(Actor actor, WarehouseId id) {
        tx.run(() -> {
            Warehouse warehouse = warehouses.findForUpdate(actor.businessId(), id).orElseThrow(NotFoundException::new);
            actor.requireCatalogueManagement();
            Warehouse.State before = warehouse.state();
            Instant now = clock.instant();
            warehouse.deactivate(now);
            warehouses.update(warehouse);
            audited(actor, warehouse, before, now);
        });
    }

    private void audited(Actor actor, Warehouse warehouse, Warehouse.State before, Instant now) {
        ChangeEvents.changed("warehouse", "warehouse_id", warehouse.id().value(), label(warehouse), fields(before),
                fields(warehouse.state())).ifPresent(event -> audit.append(actor, now, List.of(event)));
    }

    private static String label(Warehouse warehouse) {
        return "Warehouse " + warehouse.name();
    }

    private static Map<String, Object> fields(Warehouse.State s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", s.name());
        fields.put("location", s.location());
        fields.put("is_active", s.active());
        return fields;
    }
}
