package io.salescore.application.ops.port.out;

import java.time.Duration;

/** Port: asks the database whether it answers, within a time limit. */
public interface DatabaseProbe {

    boolean isUp(Duration timeout);
}
