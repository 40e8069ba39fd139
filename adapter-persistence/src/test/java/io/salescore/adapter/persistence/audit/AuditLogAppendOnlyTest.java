package io.salescore.adapter.persistence.audit;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.support.PostgresTestSupport;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.shared.BusinessId;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R8: the audit log is append-only in the database itself. Triggers refuse UPDATE, DELETE and TRUNCATE, even for
 * the superuser the embedded database connects as (a REVOKE would not bind it).
 */
class AuditLogAppendOnlyTest {

    private final JdbiUnitOfWork tx = PostgresTestSupport.unitOfWork();
    private final BusinessId business = BusinessId.of(UUID.randomUUID());

    private long entries() {
        return tx.read(() -> tx.handle().createQuery(
                        "SELECT count(*) FROM audit_log WHERE business_id = :b AND description = 'Kept'")
                .bind("b", business.value()).mapTo(Long.class).one());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE audit_log SET description = 'Rewritten' WHERE business_id = :b",
            "UPDATE audit_log SET event_data = '{}'::jsonb, occurred_at = now() WHERE business_id = :b",
            "DELETE FROM audit_log WHERE business_id = :b",
            "TRUNCATE audit_log",
            "TRUNCATE audit_log CASCADE"})
    void changing_or_removing_entries_is_refused_by_the_database(String statement) {
        tx.run(() -> new JdbiAuditLogRepository(tx, UUID::randomUUID).appendSystem(business, Instant.now(),
                List.of(AuditEvent.of("stock.adjusted", "Kept", Map.of("quantity", "1")))));

        assertThatThrownBy(() -> tx.run(() -> {
            var update = tx.handle().createUpdate(statement);
            if (statement.contains(":b")) {
                update.bind("b", business.value());
            }
            update.execute();
        }))
                .isInstanceOf(JdbiException.class)
                .hasMessageContaining("audit_log is append-only")
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void appending_still_works() {
        tx.run(() -> new JdbiAuditLogRepository(tx, UUID::randomUUID).appendSystem(business, Instant.now(),
                List.of(AuditEvent.of("stock.adjusted", "Kept", Map.of()),
                        AuditEvent.of("stock.adjusted", "Kept", Map.of()))));

        assertThat(entries()).isEqualTo(2);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
