package io.salescore.adapter.persistence.contract;

import io.salescore.application.contract.ReceiptCounterContract;
import io.salescore.application.sale.port.out.ReceiptCounter;

/** The {@link ReceiptCounter} contract, run against {@code JdbiReceiptCounter} on PostgreSQL. */
class JdbiReceiptCounterContractTest extends ReceiptCounterContract<JdbiFixture> {

    @Override
    protected JdbiFixture newFixture() {
        return new JdbiFixture();
    }

    @Override
    protected ReceiptCounter receiptCounter(JdbiFixture fixture) {
        return fixture.receipts;
    }
}
