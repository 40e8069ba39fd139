package io.salescore.examples.embedding;

import io.salescore.application.sale.port.out.ReceiptCounter;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@link ReceiptCounter} over a table of counters per (business, storefront code, business-local day). The counter
 * moves inside the checkout's transaction, so a checkout that fails gives its number back: no gaps.
 */
public final class InMemoryReceiptCounter implements ReceiptCounter {

    record CounterKey(BusinessId business, String storefrontCode, LocalDate day) {
    }

    private final Table<CounterKey, Long> counters;
    private final InMemoryCatalog catalog;

    public InMemoryReceiptCounter(InMemoryUnitOfWork tx, InMemoryCatalog catalog) {
        this.counters = tx.newTable("receipt_counter");
        this.catalog = catalog;
    }

    @Override
    public ReceiptNumber next(BusinessId business, StorefrontId storefront, Instant at) {
        String code = catalog.storefront(business, storefront).orElseThrow().code();
        LocalDate day = LocalDate.ofInstant(at, ZoneId.of(catalog.business(business).timezone()));
        CounterKey key = new CounterKey(business, code, day);
        long next = counters.find(key).orElse(0L) + 1;
        counters.put(key, next);
        return ReceiptNumber.of(code, day, next);
    }
}
