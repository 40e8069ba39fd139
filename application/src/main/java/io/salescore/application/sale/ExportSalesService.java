package io.salescore.application.sale;

import io.salescore.application.sale.port.Key;
import io.salescore.application.sale.port.ExportRow;
import io.salescore.application.account.port.out.StaffDirectory;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.sale.port.in.ExportSalesUseCase;
import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.application.sale.port.out.SalesExportQuery;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.shared.AuthenticationException;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.DomainException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.UserId;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

/**
 * The sales export: the audit entry in the main pool's transaction, then the rows read in keyset chunks in one
 * read-only transaction of the export pool ({@code exports}: its own two connections with a statement timeout), so
 * an export never holds a till's connection. At most two exports run per instance at once.
 */
public final class ExportSalesService implements ExportSalesUseCase {

    /** Rows per chunk. */
    static final int CHUNK = 500;
    private static final Pattern UUID_FORM =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final UnitOfWork tx;
    private final UnitOfWork exports;
    private final SalesExportQuery rows;
    private final SaleCatalog catalog;
    private final StaffDirectory staff;
    private final AuditLogRepository audit;
    private final ExportLinks links;
    private final Clock clock;
    private final Semaphore running;

    public ExportSalesService(UnitOfWork tx, UnitOfWork exports, SalesExportQuery rows, SaleCatalog catalog,
                              StaffDirectory staff, AuditLogRepository audit, ExportLinks links, Clock clock,
                              int maxConcurrent) {
        this.tx = tx;
        this.exports = exports;
        this.rows = rows;
        this.catalog = catalog;
        this.staff = staff;
        this.audit = audit;
        this.links = links;
        this.clock = clock;
        this.running = new Semaphore(maxConcurrent);
    }

    private static void requireExporter(Actor actor) {
        if (actor.role() == Role.CASHIER) {
            throw new PermissionDeniedException("Only owners, admins and managers may export sales.");
        }
    }

    @Override
    public void export(Actor actor, SaleCriteria criteria, Map<String, ?> filters, Sink sink) {
        requireExporter(actor);
        SaleFilter filter = GetSaleService.filterFor(actor, criteria);
        tx.run(() -> GetSaleService.requireStorefrontFilter(actor, criteria, catalog));
        if (!running.tryAcquire()) {
            throw new BusinessRuleException(DomainException.Kind.THROTTLED, "EXPORT_BUSY", "Two exports are already running; try again shortly.",
                    "At most 2 exports run per instance at once.", Map.of("retry_after", 5), Map.of());
        }
        try {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("filters", new LinkedHashMap<>(filters));
            tx.run(() -> audit.append(actor, clock.instant(), List.of(AuditEvent.of("sales.exported",
                    "Sales exported as CSV", data))));
            sink.begin();
            exports.inTransaction(() -> {
                Optional<Key> after = Optional.empty();
                while (true) {
                    List<ExportRow> chunk = rows.chunk(filter, after, CHUNK);
                    chunk.forEach(sink::row);
                    if (chunk.size() < CHUNK) {
                        return null;
                    }
                    after = Optional.of(chunk.get(chunk.size() - 1).key());
                }
            });
        } finally {
            running.release();
        }
    }

    @Override
    public Link link(Actor actor, String canonicalQuery) {
        requireExporter(actor);
        long expires = links.expiresFromNow().getEpochSecond();
        String business = actor.businessId().toString();
        String user = actor.userId().toString();
        return new Link(business, user, expires, links.sign(business, user, canonicalQuery, expires),
                java.time.Instant.ofEpochSecond(expires));
    }

    @Override
    public Actor linkActor(String business, String user, String canonicalQuery, long expires, String signature,
                           String ip, String agent) {
        if (business == null || user == null || !UUID_FORM.matcher(business).matches()
                || !UUID_FORM.matcher(user).matches()
                || !links.verify(business, user, canonicalQuery, expires, signature)) {
            throw AuthenticationException.invalidSignature();
        }
        StaffMember member = tx.inTransaction(() -> staff.findMember(BusinessId.of(business), UserId.of(user)))
                .filter(StaffMember::isActive).orElseThrow(AuthenticationException::invalidSignature);
        StaffMember.State s = member.state();
        Actor actor = new Actor(s.id(), s.name(), s.businessId(), s.role(), new HashSet<>(s.storefronts()), ip, agent);
        requireExporter(actor);
        return actor;
    }
}
