package io.salescore.examples.embedding;

import io.salescore.application.contract.AuditLogRepositoryContract;
import io.salescore.application.audit.port.out.AuditLogRepository;

/** The {@link AuditLogRepository} contract, run against {@link InMemoryAuditLog}. */
class InMemoryAuditLogContractTest extends AuditLogRepositoryContract<InMemoryFixture> {

    @Override
    protected InMemoryFixture newFixture() {
        return new InMemoryFixture();
    }

    @Override
    protected AuditLogRepository auditLogRepository(InMemoryFixture fixture) {
        return fixture.audit;
    }
}
