package io.salescore.domain.catalog;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;

import java.time.Instant;

/**
 * Something a business sells: name, a SKU unique in the business, an optional barcode and the unit it is counted
 * in ({@code pcs} by default: whole quantities only). Deactivated, never removed; an inactive product cannot be
 * added to a sale.
 */
public final class Product {

    /** Everything stored about a product; {@code barcode} is {@code null} when there is none. */
    public record State(ProductId id, BusinessId businessId, String name, String sku, String barcode, String unit,
                        String description, boolean active, Instant createdAt, Instant updatedAt,
                        io.salescore.domain.shared.Percentage taxRate) {
    }

    private State state;

    private Product(State state) {
        this.state = state;
    }

    public static Product create(ProductId id, BusinessId business, String name, String sku, String barcode,
                                 String unit, String description, Instant now) {
        return new Product(new State(id, business, TextField.required(name, "name"), TextField.required(sku, "sku"),
                barcode(barcode), unit == null ? ProductUnit.PIECES : TextField.required(unit, "unit"),
                TextField.optional(description, "description"), true, now, now,
                io.salescore.domain.shared.Percentage.ZERO));
    }

    public static Product restore(State state) {
        return new Product(state);
    }

    /** Changes the given fields; {@code null} keeps a value, a blank barcode removes it. */
    public void update(String name, String sku, String barcode, String unit, String description, Boolean active,
                       Instant now) {
        State s = state;
        state = new State(s.id(), s.businessId(), name == null ? s.name() : TextField.required(name, "name"),
                sku == null ? s.sku() : TextField.required(sku, "sku"),
                barcode == null ? s.barcode() : barcode(barcode),
                unit == null ? s.unit() : TextField.required(unit, "unit"),
                description == null ? s.description() : TextField.optional(description, "description"),
                active == null ? s.active() : active, s.createdAt(), now, s.taxRate());
    }

    /** The product's own tax rate: what a line of it is taxed at unless a MANAGER or above gives another. */
    public void changeTaxRate(io.salescore.domain.shared.Percentage rate, Instant now) {
        State s = state;
        state = new State(s.id(), s.businessId(), s.name(), s.sku(), s.barcode(), s.unit(), s.description(),
                s.active(), s.createdAt(), now, rate);
    }

    /** DELETE: products are deactivated, never removed (sales and batches keep them). */
    public void deactivate(Instant now) {
        update(null, null, null, null, null, false, now);
    }

    private static String barcode(String value) {
        String text = TextField.optional(value, "barcode");
        return text.isEmpty() ? null : text;
    }

    public State state() {
        return state;
    }

    public ProductId id() {
        return state.id();
    }

    public String name() {
        return state.name();
    }

    public String unit() {
        return state.unit();
    }

    public boolean active() {
        return state.active();
    }
}
