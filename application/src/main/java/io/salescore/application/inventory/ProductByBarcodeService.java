package io.salescore.application.inventory;

import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.InventoryLine;
import io.salescore.application.inventory.port.in.ProductByBarcodeUseCase;
import io.salescore.application.inventory.port.out.StockQueries;
import io.salescore.domain.access.Actor;
import io.salescore.domain.catalog.TextField;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;

import java.time.Clock;

/**
 * A barcode scan: one statement (a hot path at the till), holds live as of the application clock. A barcode no
 * product could have (blank, too long, with a NUL) is not found without asking the database.
 */
public final class ProductByBarcodeService implements ProductByBarcodeUseCase {

    private final UnitOfWork tx;
    private final StockQueries stock;
    private final Clock clock;

    public ProductByBarcodeService(UnitOfWork tx, StockQueries stock, Clock clock) {
        this.tx = tx;
        this.stock = stock;
        this.clock = clock;
    }

    @Override
    public InventoryLine find(Actor actor, String barcode, StorefrontId storefront) {
        if (storefront != null) {
            actor.requireStorefront(storefront);
        }
        if (barcode == null || barcode.isBlank() || barcode.length() > TextField.MAX || barcode.indexOf('\0') >= 0) {
            throw new NotFoundException();
        }
        InventoryLine line = tx.read(() -> stock.lineByBarcode(actor.businessId(), barcode, storefront,
                clock.instant())).orElseThrow(NotFoundException::new);
        if (storefront == null) {
            throw ValidationException.field("storefront", "This parameter is required.");
        }
        return line;
    }
}
