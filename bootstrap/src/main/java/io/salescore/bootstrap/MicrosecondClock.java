package io.salescore.bootstrap;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A clock whose instants are whole microseconds, the precision PostgreSQL keeps, so an answer written from
 * memory equals what a later read returns. ({@code Clock.tick} with a sub-millisecond tick divides by zero in
 * {@code millis()} on JDK 17.)
 */
final class MicrosecondClock extends Clock {

    private final Clock source;

    MicrosecondClock(Clock source) {
        this.source = source;
    }

    @Override
    public ZoneId getZone() {
        return source.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosecondClock(source.withZone(zone));
    }

    @Override
    public Instant instant() {
        return source.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public long millis() {
        return source.millis();
    }
}
