package io.salescore.application.inventory.port.out;

/**
 * Both stock ports in one, for an adapter that keeps stock in one place (the Jdbi adapter implements this). Use cases
 * depend on the narrow port they need: {@link StockLedger} to change stock, {@link StockQueries} to read it; the
 * transfer and adjustment use cases, which do both, take this.
 */
public interface StockRepository extends StockLedger, StockQueries {
}
