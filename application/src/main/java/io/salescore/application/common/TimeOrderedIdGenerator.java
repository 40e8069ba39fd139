package io.salescore.application.common;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUID version 7: 48 bits of Unix milliseconds, a 12-bit counter within the millisecond, then random bits.
 * Unique across nodes, and ordered by creation within one process, so new rows land at the end of indexes.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private long lastMillis;
    private long counter;

    public TimeOrderedIdGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized UUID newId() {
        long millis = clock.millis();
        if (millis <= lastMillis) {
            counter++;
            if (counter > 0xFFF) {
                lastMillis++;
                counter = 0;
            }
            millis = lastMillis;
        } else {
            lastMillis = millis;
            counter = random.nextInt(1 << 10);
        }
        long msb = (millis << 16) | (0x7L << 12) | counter;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
