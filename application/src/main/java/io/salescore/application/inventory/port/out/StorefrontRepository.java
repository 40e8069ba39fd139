package io.salescore.application.inventory.port.out;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.inventory.port.StorefrontFilter;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;

import java.util.Optional;
import java.util.Set;

/** Port: the storefronts of a business. Codes are unique per business. */
public interface StorefrontRepository {

    /**
     * Inserts the storefront unless its code is already taken in the business (then nothing changes and the
     * transaction stays usable, so a derived code can be derived again). Returns whether it was inserted.
     */
    boolean insertIfCodeFree(Storefront storefront);

    /** Writes every changeable field. @throws io.salescore.domain.shared.ValidationException naming a taken code */
    void update(Storefront storefront);

    Optional<Storefront> find(BusinessId business, StorefrontId id);

    /** The storefront, locked until the transaction ends (for changes). */
    Optional<Storefront> findForUpdate(BusinessId business, StorefrontId id);

    /** Ordered by name, then id; {@code within} null means every storefront of the business. */
    Page<Storefront> list(BusinessId business, StorefrontFilter filter, Set<StorefrontId> within, PageRequest page);

    /** Every code in use in the business, active storefronts or not. */
    Set<String> codesInUse(BusinessId business);

    /** Whether a sale of the storefront has a receipt number (its code is then printed on a receipt). */
    boolean hasReceipt(BusinessId business, StorefrontId id);
}
