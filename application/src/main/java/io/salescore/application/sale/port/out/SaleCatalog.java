package io.salescore.application.sale.port.out;

import io.salescore.application.sale.port.SaleBusiness;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;

import java.util.List;
import java.util.Optional;

/** Port: what sales need to know about storefronts, customers, products and the batches that price them. */
public interface SaleCatalog {

    /** A storefront of the business. */
    record Storefront(StorefrontId id, String name, String code, boolean active) {
    }

    /** A customer of the business, as a sale sees it. */
    record Customer(CustomerId id, String name, boolean active, boolean walkIn, boolean wholesale) {
    }

    /** A product of the business with the batch that prices it, if any. */
    record PricedProduct(ProductId product, String name, String sku, String unit, boolean active,
                         Optional<Batch> batch, io.salescore.domain.shared.Percentage taxRate) {
    }

    /** A batch's prices; wholesale is optional (a wholesale price of 0.00 counts as unset). */
    record Batch(StockProductId id, Money retailPrice, Optional<Money> wholesalePrice) {

        public Batch {
            wholesalePrice = wholesalePrice.filter(io.salescore.domain.account.BusinessSettings::isSet);
        }

        /** The price for a sale of this type: wholesale for a WHOLESALE sale when set, else retail. */
        public Money priceFor(io.salescore.domain.sale.SaleType type) {
            return io.salescore.domain.catalog.StockProduct.priceFor(type == io.salescore.domain.sale.SaleType.WHOLESALE,
                    retailPrice, wholesalePrice.orElse(null));
        }
    }

    /** The business's settings: what a CASHIER may give by hand. */
    io.salescore.domain.account.BusinessSettings settings(BusinessId business);

    SaleBusiness business(BusinessId business);

    Optional<Storefront> storefront(BusinessId business, StorefrontId storefront);

    /** The given customer, or the walk-in customer when none is given. */
    Optional<Customer> customerOrWalkIn(BusinessId business, Optional<CustomerId> customer);

    /**
     * The product and its pricing batch: the given batch when one is named (empty batch if it is not a batch of
     * this product in this business), else the newest batch transferred into the storefront, else the newest of
     * the business. Empty when the product does not exist in the business.
     */
    Optional<PricedProduct> product(BusinessId business, StorefrontId storefront, ProductId product,
                                    Optional<StockProductId> stockProduct);

    /** The batches of the given ids (for re-pricing lines on a type change), in one query. */
    List<Batch> batches(BusinessId business, List<StockProductId> ids);
}
