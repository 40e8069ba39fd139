package io.salescore.application.ops.port.in;

import io.salescore.application.ops.port.Repair;
import io.salescore.application.ops.port.CheckResult;
import io.salescore.domain.shared.BusinessId;

import java.util.List;
import java.util.Optional;

/**
 * Verifies that the stored data agrees with itself (stock with its ledger and holds, sales with their lines, holds,
 * movements and payments, customer balances with unpaid credit, batches with their transfers), for one business
 * or all. Checking only reads; it is safe while the service runs. {@link #repair} fixes what can be fixed.
 */
public interface CheckIntegrityUseCase {

    /** Every check, in a fixed order. */
    record Report(List<CheckResult> checks) {

        public Report {
            checks = List.copyOf(checks);
        }

        public boolean clean() {
            return checks.stream().allMatch(CheckResult::ok);
        }

        public List<CheckResult> failures() {
            return checks.stream().filter(c -> !c.ok()).toList();
        }
    }

    /** Runs every check over {@code business}, or over every business when it is empty. */
    Report check(Optional<BusinessId> business);

    /**
     * Repairs what a damaged database can be repaired from, in one transaction that locks in the domain's lock
     * order (so it is safe while the service runs), audited as {@code integrity.repaired} by "system": holds of
     * a completed sale whose SALE movements prove the sale become COMMITTED; every {@code reserved} counter is
     * recomputed from the ACTIVE holds; where ACTIVE holds then exceed the stock's quantity, the newest are
     * released ({@code INTEGRITY_REPAIR}) until they fit. A completed sale without SALE movements is left for a
     * person to judge (the check reports it). Returns every change made.
     */
    List<Repair> repair(Optional<BusinessId> business);
}
