package io.salescore.application.sale.port.in;

import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.application.sale.port.ExportRow;
import io.salescore.domain.access.Actor;

import java.time.Instant;
import java.util.Map;

/** The sales CSV export and its signed download links (http-api.md "Reports and export"). */
public interface ExportSalesUseCase {

    /** Receives the export: {@code begin} once the export may run (headers can be sent), then every row. */
    interface Sink {
        void begin();

        void row(ExportRow row);
    }

    /** A signed link's query additions and expiry. */
    record Link(String business, String user, long expires, String signature, Instant expiresAt) {
    }

    /**
     * Streams the caller's sales matching {@code criteria} (OWNER, ADMIN, MANAGER; a CASHIER gets 403), at most two
     * exports per instance at once (a third: {@code EXPORT_BUSY}), audited as {@code sales.exported} with
     * {@code filters}.
     */
    void export(Actor actor, SaleCriteria criteria, Map<String, ?> filters, Sink sink);

    /** Signs a link to the export of {@code canonicalQuery} for the caller (who must be allowed to export). */
    Link link(Actor actor, String canonicalQuery);

    /**
     * The caller a signed link speaks for, as they are now (still active, role and storefronts of the moment).
     *
     * @throws io.salescore.domain.shared.AuthenticationException {@code INVALID_SIGNATURE} for a forged, altered or
     *                                                            expired link, or a user no longer active
     */
    Actor linkActor(String business, String user, String canonicalQuery, long expires, String signature, String ip,
                    String agent);
}
