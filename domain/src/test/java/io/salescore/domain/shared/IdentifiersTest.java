package io.salescore.domain.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every identity of the shared kernel: a non-null UUID, equal by value, printed as the canonical UUID. */
class IdentifiersTest {

    static Stream<Arguments> identities() {
        return Stream.of(
                Arguments.of("BusinessId", (Function<UUID, Object>) BusinessId::of, (Function<String, Object>) BusinessId::of),
                Arguments.of("CustomerId", (Function<UUID, Object>) CustomerId::of, (Function<String, Object>) CustomerId::of),
                Arguments.of("PaymentId", (Function<UUID, Object>) PaymentId::of, (Function<String, Object>) PaymentId::of),
                Arguments.of("ProductId", (Function<UUID, Object>) ProductId::of, (Function<String, Object>) ProductId::of),
                Arguments.of("ReservationId", (Function<UUID, Object>) ReservationId::of, (Function<String, Object>) ReservationId::of),
                Arguments.of("SaleId", (Function<UUID, Object>) SaleId::of, (Function<String, Object>) SaleId::of),
                Arguments.of("SaleItemId", (Function<UUID, Object>) SaleItemId::of, (Function<String, Object>) SaleItemId::of),
                Arguments.of("StockProductId", (Function<UUID, Object>) StockProductId::of, (Function<String, Object>) StockProductId::of),
                Arguments.of("StorefrontId", (Function<UUID, Object>) StorefrontId::of, (Function<String, Object>) StorefrontId::of),
                Arguments.of("UserId", (Function<UUID, Object>) UserId::of, (Function<String, Object>) UserId::of),
                Arguments.of("WarehouseId", (Function<UUID, Object>) WarehouseId::of, (Function<String, Object>) WarehouseId::of));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identities")
    void is_a_uuid_equal_by_value_and_printed_canonically(String name, Function<UUID, Object> fromUuid,
                                                          Function<String, Object> fromString) {
        UUID uuid = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

        Object id = fromUuid.apply(uuid);

        assertThat(id).isEqualTo(fromUuid.apply(uuid)).isEqualTo(fromString.apply(uuid.toString()));
        assertThat(id.hashCode()).isEqualTo(fromUuid.apply(uuid).hashCode());
        assertThat(id).isNotEqualTo(fromUuid.apply(UUID.randomUUID()));
        assertThat(id.toString()).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identities")
    void needs_a_value(String name, Function<UUID, Object> fromUuid, Function<String, Object> fromString) {
        assertThatThrownBy(() -> fromUuid.apply(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name);
        assertThatThrownBy(() -> fromString.apply("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
    }
}
