package io.salescore.domain.inventory;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md "Catalogue and stock": storefronts, their code (fixed once a receipt uses it) and deactivation. */
class StorefrontTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private Storefront storefront() {
        return Storefront.open(StorefrontId.of(UUID.randomUUID()), BusinessId.of(UUID.randomUUID()), " Main Street ",
                null, StorefrontCode.derive("Main Street", Set.of()), now);
    }

    @Test
    void a_new_storefront_is_active_with_its_code() {
        Storefront s = storefront();
        assertThat(s.name()).isEqualTo("Main Street");
        assertThat(s.code().value()).isEqualTo("MAINSTRE");
        assertThat(s.active()).isTrue();
        assertThat(s.state().location()).isEmpty();
    }

    @Test
    void the_code_changes_until_a_receipt_uses_it() {
        Storefront s = storefront();
        s.update(null, null, new StorefrontCode("MAIN"), false, null, now);
        assertThat(s.code().value()).isEqualTo("MAIN");

        assertThatThrownBy(() -> s.update("Renamed", null, new StorefrontCode("OTHER"), true, null, now))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsKey("code"));
        assertThat(s.name()).isEqualTo("Main Street");

        s.update("Renamed", null, new StorefrontCode("MAIN"), true, null, now);
        assertThat(s.name()).isEqualTo("Renamed");
        assertThat(s.codeDiffersFrom(new StorefrontCode("MAIN"))).isFalse();
        assertThat(s.codeDiffersFrom(null)).isFalse();
    }

    @Test
    void an_inactive_storefront_takes_no_transfer() {
        Storefront s = storefront();
        s.requireOpen("storefront");
        s.deactivate(now);
        assertThat(s.active()).isFalse();
        assertThatThrownBy(() -> s.requireOpen("storefront"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsKey("storefront"));
    }
}
