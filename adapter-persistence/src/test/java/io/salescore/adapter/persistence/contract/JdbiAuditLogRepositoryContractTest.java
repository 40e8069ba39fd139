package io.salescore.adapter.persistence.contract;

import io.salescore.application.contract.AuditLogRepositoryContract;
import io.salescore.application.audit.port.out.AuditLogRepository;

/** The {@link AuditLogRepository} contract, run against {@code JdbiAuditLogRepository} on PostgreSQL. */
class JdbiAuditLogRepositoryContractTest extends AuditLogRepositoryContract<JdbiFixture> {

    @Override
    protected JdbiFixture newFixture() {
        return new JdbiFixture();
    }

    @Override
    protected AuditLogRepository auditLogRepository(JdbiFixture fixture) {
        return fixture.audit;
    }
}
