package io.salescore.bootstrap;

/** Picks the log format before anything logs: {@code text} (default) or {@code json} lines. */
final class Logging {

    private Logging() {
    }

    static void configure(String format) {
        if ("json".equalsIgnoreCase(format)) {
            System.setProperty("pos.log.appender", "JSON");
        }
    }
}
