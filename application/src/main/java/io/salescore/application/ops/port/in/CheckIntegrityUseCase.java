package io.salescore.application.ops.port.in;

import io.salescore.domain.shared.BusinessId;

import java.util.List;
import java.util.Optional;

/**
 * Verifies that the stored data agrees with itself (stock with its ledger and holds, sales with their lines, holds,
 * movements and payments, customer balances with unpaid credit, batches with their transfers), for one business
 * or all. It only reads; it is safe while the service runs.
 */
public interface CheckIntegrityUseCase {

    /**
     * One check's outcome: its stable name, the rule it verifies, how many rows break it and (at most a bounded
     * number of) those rows, one line each. No problems = the rule holds.
     */
    record CheckResult(String name, String rule, long problemCount, List<String> problems) {

        public CheckResult {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problemCount == 0;
        }

        /** {@code OK  <name>} or {@code FAIL <name>: n problems}. */
        public String summary() {
            return ok() ? "OK   " + name
                    : "FAIL " + name + ": " + problemCount + " problem" + (problemCount == 1 ? "" : "s");
        }
    }

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
}
