package io.salescore.examples.embedding;

import io.salescore.application.contract.ReceiptCounterContract;
import io.salescore.application.sale.port.out.ReceiptCounter;

/** The {@link ReceiptCounter} contract, run against {@link InMemoryReceiptCounter}. */
class InMemoryReceiptCounterContractTest extends ReceiptCounterContract<InMemoryFixture> {

    @Override
    protected InMemoryFixture newFixture() {
        return new InMemoryFixture();
    }

    @Override
    protected ReceiptCounter receiptCounter(InMemoryFixture fixture) {
        return fixture.receipts;
    }
}
