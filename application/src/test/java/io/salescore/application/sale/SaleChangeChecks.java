package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.StorefrontId;
import org.mockito.ArgumentCaptor;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

/** Shared pieces of the sale-change service tests: a cashier of another till, an unparsable body, a closed sale. */
final class SaleChangeChecks {

    private SaleChangeChecks() {
    }

    /** A cashier of this business who works at another storefront only (403 on the fixture's sales). */
    static Actor cashierElsewhere(SaleFixtures f) {
        return new Actor(f.owner.userId(), "Cashier", f.business, Role.CASHIER,
                Set.of(StorefrontId.of(UUID.randomUUID())), null, null);
    }

    /** A problem a body reader would report; tests check the very instance comes back. */
    static RuntimeException malformed() {
        return new IllegalArgumentException("MALFORMED_JSON");
    }

    /** A sale that is no longer DRAFT (abandoned). */
    static Sale cancelled(SaleFixtures f) {
        Sale sale = f.draft();
        sale.abandon(f.now.minusSeconds(10));
        return sale;
    }

    /** The one batch of audit events appended by {@code owner} at {@code f.now}. */
    @SuppressWarnings("unchecked")
    static List<AuditEvent> appended(AuditLogRepository audit, SaleFixtures f) {
        ArgumentCaptor<List<AuditEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(audit).append(eq(f.owner), eq(f.now), events.capture());
        return events.getValue();
    }
}
