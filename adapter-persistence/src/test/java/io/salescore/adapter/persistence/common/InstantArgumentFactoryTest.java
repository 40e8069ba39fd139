package io.salescore.adapter.persistence.common;

import io.salescore.adapter.persistence.support.PostgresTestSupport;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InstantArgumentFactoryTest {

    private final JdbiUnitOfWork tx = PostgresTestSupport.unitOfWork();

    private Instant roundTrip(Instant value) {
        return tx.read(() -> tx.handle().createQuery("SELECT CAST(:t AS timestamptz) AS t")
                .bind("t", value)
                .map((rs, ctx) -> Rows.instant(rs, "t"))
                .one());
    }

    @Test
    void instants_are_stored_truncated_to_the_microsecond_as_the_api_shows_them() {
        assertThat(roundTrip(Instant.parse("2026-11-22T02:51:53.044909999Z")))
                .isEqualTo(Instant.parse("2026-11-22T02:51:53.044909Z"));
        assertThat(roundTrip(Instant.parse("2026-11-22T23:59:59.999999999Z")))
                .isEqualTo(Instant.parse("2026-11-22T23:59:59.999999Z"));
    }
}
