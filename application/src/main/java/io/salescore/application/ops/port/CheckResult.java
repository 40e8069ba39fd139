package io.salescore.application.ops.port;

import java.util.List;

/**
 * One check's outcome: its stable name, the rule it verifies, how many rows break it and (at most a bounded
 * number of) those rows, one line each. No problems = the rule holds.
 */
public record CheckResult(String name, String rule, long problemCount, List<String> problems) {

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
