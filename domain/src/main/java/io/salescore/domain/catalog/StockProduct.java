package io.salescore.domain.catalog;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.ValidationException;
import io.salescore.domain.shared.WarehouseId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A batch of a product received into a warehouse, with its cost and the prices it sets on sale lines. Its
 * quantities are read-only after creation: {@code remainingQuantity} starts at {@code quantity} and only
 * transfers lower it, by one guarded statement in the database, never below zero.
 */
public final class StockProduct {

    /** The fields that can never be changed once a batch exists. */
    public static final List<String> READ_ONLY_FIELDS = List.of("quantity", "remaining_quantity", "product", "warehouse");

    /** Everything stored about a batch; {@code wholesalePrice} and {@code expiryDate} may be {@code null}. */
    public record State(StockProductId id, BusinessId businessId, ProductId productId, WarehouseId warehouseId,
                        Quantity quantity, BigDecimal remainingQuantity, Money unitCost, Money retailPrice,
                        Money wholesalePrice, LocalDate expiryDate, String supplier, Instant createdAt,
                        Instant updatedAt) {
    }

    /**
     * A change of a batch. {@code null} leaves a field as it is; an empty optional clears a clearable one.
     * {@code fieldsGiven} names every field the caller sent, so a read-only one can be refused by name.
     */
    public record Revision(Money unitCost, Money retailPrice, Optional<Money> wholesalePrice,
                           Optional<LocalDate> expiryDate, String supplier, Set<String> fieldsGiven) {

        public Revision {
            fieldsGiven = fieldsGiven == null ? Set.of() : Set.copyOf(fieldsGiven);
        }
    }

    private State state;

    private StockProduct(State state) {
        this.state = state;
    }

    /** A new batch of {@code product}: everything received is still there. */
    public static StockProduct receive(StockProductId id, Product product, WarehouseId warehouse, Quantity quantity,
                                       Money unitCost, Money retailPrice, Money wholesalePrice, LocalDate expiryDate,
                                       String supplier, Instant now) {
        ProductUnit.requireFits(product.unit(), quantity.value(), "quantity");
        return new StockProduct(new State(id, product.state().businessId(), product.id(), warehouse, quantity,
                quantity.value(), unitCost, retailPrice, wholesalePrice, expiryDate,
                TextField.optional(supplier, "supplier"), now, now));
    }

    public static StockProduct restore(State state) {
        return new StockProduct(state);
    }

    /** Changes prices, cost, expiry or supplier; quantities, product and warehouse are refused. */
    public void revise(Revision revision, Instant now) {
        Map<String, List<String>> refused = new LinkedHashMap<>();
        for (String field : READ_ONLY_FIELDS) {
            if (revision.fieldsGiven().contains(field)) {
                refused.put(field, List.of("This field is read-only once the batch exists."));
            }
        }
        if (!refused.isEmpty()) {
            throw new ValidationException("Invalid input: " + String.join(", ", refused.keySet())
                    + " (read-only once the batch exists).", refused);
        }
        State s = state;
        state = new State(s.id(), s.businessId(), s.productId(), s.warehouseId(), s.quantity(), s.remainingQuantity(),
                revision.unitCost() == null ? s.unitCost() : revision.unitCost(),
                revision.retailPrice() == null ? s.retailPrice() : revision.retailPrice(),
                revision.wholesalePrice() == null ? s.wholesalePrice() : revision.wholesalePrice().orElse(null),
                revision.expiryDate() == null ? s.expiryDate() : revision.expiryDate().orElse(null),
                revision.supplier() == null ? s.supplier() : TextField.optional(revision.supplier(), "supplier"),
                s.createdAt(), now);
    }

    /** The price a sale line takes from this batch: wholesale for a wholesale sale when set, else retail. */
    public Money priceFor(boolean wholesale) {
        return priceFor(wholesale, state.retailPrice(), state.wholesalePrice());
    }

    /**
     * The batch-price rule, the one place it is written: a wholesale sale takes the batch's wholesale price when it
     * has one ({@code null} or zero is none), every other sale the retail price.
     */
    public static Money priceFor(boolean wholesale, Money retailPrice, Money wholesalePrice) {
        return wholesale && wholesalePrice != null && !wholesalePrice.isZero() ? wholesalePrice : retailPrice;
    }

    public State state() {
        return state;
    }

    public StockProductId id() {
        return state.id();
    }

    public ProductId productId() {
        return state.productId();
    }

    public BigDecimal remainingQuantity() {
        return state.remainingQuantity();
    }
}
