package io.salescore.application.common;

import java.util.UUID;

/** Port: new identities. The default makes time-ordered UUIDs (version 7) so new rows land at the end of indexes. */
public interface IdGenerator {

    UUID newId();
}
