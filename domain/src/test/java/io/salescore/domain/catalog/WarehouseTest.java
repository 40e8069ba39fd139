package io.salescore.domain.catalog;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ValidationException;
import io.salescore.domain.shared.WarehouseId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarehouseTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void a_warehouse_needs_a_name_and_is_deactivated_not_removed() {
        Warehouse w = Warehouse.create(WarehouseId.of(UUID.randomUUID()), BusinessId.of(UUID.randomUUID()),
                " Main Warehouse ", null, now);
        assertThat(w.name()).isEqualTo("Main Warehouse");
        assertThat(w.state().location()).isEmpty();
        assertThat(w.active()).isTrue();

        w.update(null, "Ring Road", null, now);
        w.deactivate(now);
        assertThat(w.active()).isFalse();
        assertThat(w.state().location()).isEqualTo("Ring Road");

        assertThatThrownBy(() -> w.update("", null, null, now)).isInstanceOf(ValidationException.class);
    }
}
