package io.salescore.application.catalog.port.out;

import io.salescore.application.catalog.port.WarehouseFilter;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.catalog.Warehouse;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.WarehouseId;

import java.util.Optional;

/** Port: the warehouses of a business. */
public interface WarehouseRepository {

    void insert(Warehouse warehouse);

    void update(Warehouse warehouse);

    Optional<Warehouse> find(BusinessId business, WarehouseId id);

    /** The warehouse, locked until the transaction ends (for changes). */
    Optional<Warehouse> findForUpdate(BusinessId business, WarehouseId id);

    /** Ordered by name, then id. */
    Page<Warehouse> list(BusinessId business, WarehouseFilter filter, PageRequest page);
}
