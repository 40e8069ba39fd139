package io.salescore.application.session.port.out;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.session.port.CountedLine;
import io.salescore.application.session.port.Filter;
import io.salescore.domain.session.CashMovement;
import io.salescore.domain.session.TillSession;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Till sessions, their cash movements and stored Z reports. Every figure is summed in SQL. */
public interface TillSessionRepository {

    /** A session row with its names, the business's cash rounding, its live figures (OPEN) or stored Z (CLOSED). */
    record Row(TillSession session, String storefrontName, String storefrontCode, String userName, Money cashRounding,
               SessionFigures figures, List<CountedLine> counted, int printCount) {
    }

    /** Inserts the OPEN session unless its user already has one OPEN at the storefront (then false). */
    boolean insertIfNoneOpen(BusinessId business, TillSession session);

    Optional<Row> find(BusinessId business, UUID id);

    Optional<Row> findOpen(BusinessId business, UserId user, StorefrontId storefront);

    /** {@code within} null = every storefront; {@code staleBefore} non-null = OPEN and opened before it. */
    Page<Row> list(BusinessId business, Filter filter, Set<StorefrontId> within, Instant staleBefore,
                   PageRequest page);

    /** The session row locked FOR UPDATE until the transaction ends (moving cash, closing), without figures. */
    Optional<Row> lockForUpdate(BusinessId business, UUID id);

    /** The live figures of a session (one statement). */
    SessionFigures figures(BusinessId business, UUID id);

    void insertMovement(BusinessId business, CashMovement movement);

    List<CashMovement> movements(BusinessId business, UUID session);

    /** The storefront's next Z number (1, 2, ...), counted under a row lock. */
    long nextZ(BusinessId business, StorefrontId storefront);

    /** Stores the closing figures and the Z report on the (locked) session row. */
    void close(BusinessId business, TillSession closed, SessionFigures figures, List<CountedLine> counted);

    /** Counts one more print of the Z report; answers the prints before this one. */
    int printed(BusinessId business, UUID id);
}
