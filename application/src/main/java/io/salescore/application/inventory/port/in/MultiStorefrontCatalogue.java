package io.salescore.application.inventory.port.in;

import io.salescore.application.inventory.port.MultiStorefrontLine;
import io.salescore.application.common.Page;
import io.salescore.domain.inventory.Storefront;

import java.util.List;

/** The storefronts a multi-storefront catalogue covers (by name) and one page of its products (by name). */
public record MultiStorefrontCatalogue(List<Storefront> storefronts, Page<MultiStorefrontLine> products) {

    public MultiStorefrontCatalogue {
        storefronts = List.copyOf(storefronts);
    }
}
