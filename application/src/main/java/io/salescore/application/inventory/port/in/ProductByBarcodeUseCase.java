package io.salescore.application.inventory.port.in;

import io.salescore.application.inventory.port.InventoryLine;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.StorefrontId;

/** What a scanner needs in one call: the product with a barcode, as a line of a storefront's inventory. */
public interface ProductByBarcodeUseCase {

    /**
     * The active product with {@code barcode} as an inventory line of {@code storefront} (zero quantities when it was
     * never stocked there). An unknown barcode is not found whether or not a storefront is given.
     *
     * @throws io.salescore.domain.shared.NotFoundException no active product has the barcode, or no such storefront
     * @throws io.salescore.domain.shared.ValidationException the product exists but {@code storefront} is null
     * @throws io.salescore.domain.shared.PermissionDeniedException a storefront outside the caller's
     */
    InventoryLine find(Actor actor, String barcode, StorefrontId storefront);
}
