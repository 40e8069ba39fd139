package io.salescore.application.ops.port.out;

import io.salescore.application.ops.port.CheckResult;
import io.salescore.domain.shared.BusinessId;

import java.time.Instant;
import java.util.List;

/** Port: the consistency rules of the stored data, each checked by the store itself (one query per check). */
public interface IntegrityChecks {

    /**
     * Runs every check over one business, or over all of them when {@code business} is null; {@code now} decides
     * which holds are live.
     */
    List<CheckResult> run(BusinessId business, Instant now);

    /**
     * The repairs of {@code CheckIntegrityUseCase.repair}, in the caller's
     * transaction, over one business or all (null); returns what changed.
     */
    List<io.salescore.application.ops.port.Repair> repair(BusinessId business, Instant now);
}
