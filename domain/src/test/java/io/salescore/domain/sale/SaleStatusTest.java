package io.salescore.domain.sale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.salescore.domain.sale.SaleStatus.CANCELLED;
import static io.salescore.domain.sale.SaleStatus.COMPLETED;
import static io.salescore.domain.sale.SaleStatus.DRAFT;
import static io.salescore.domain.sale.SaleStatus.PARTIAL;
import static io.salescore.domain.sale.SaleStatus.PENDING;
import static io.salescore.domain.sale.SaleStatus.REFUNDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state machine of domain.md "Sale state machine", walked pair by pair. */
class SaleStatusTest {

    /** The transitions domain.md allows, and nothing else. */
    private static final Map<SaleStatus, Set<SaleStatus>> ALLOWED = Map.of(
            DRAFT, Set.of(COMPLETED, PARTIAL, PENDING, CANCELLED),
            PENDING, Set.of(PARTIAL, COMPLETED, REFUNDED, CANCELLED),
            PARTIAL, Set.of(PARTIAL, COMPLETED, REFUNDED, CANCELLED),
            COMPLETED, Set.of(REFUNDED, CANCELLED),
            REFUNDED, Set.of(),
            CANCELLED, Set.of());

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (SaleStatus from : SaleStatus.values()) {
            for (SaleStatus to : SaleStatus.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void walks_every_pair(SaleStatus from, SaleStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        if (allowed) {
            assertThat(from.moveTo(to)).isSameAs(to);
        } else {
            assertThatThrownBy(() -> from.moveTo(to))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("A " + from + " sale cannot become " + to);
        }
    }

    @Test
    void the_walk_covers_all_36_pairs_and_exactly_14_transitions() {
        assertThat(everyPair()).hasSize(36);
        assertThat(everyPair().filter(a -> (boolean) a.get()[2])).hasSize(14);
    }

    @ParameterizedTest
    @EnumSource(SaleStatus.class)
    void next_lists_exactly_the_allowed_targets(SaleStatus from) {
        assertThat(from.next()).containsExactlyInAnyOrderElementsOf(ALLOWED.get(from));
    }

    @Test
    void refunded_and_cancelled_are_final() {
        assertThat(REFUNDED.next()).isEmpty();
        assertThat(CANCELLED.next()).isEmpty();
    }

    @Test
    void nothing_goes_back_to_draft() {
        for (SaleStatus from : SaleStatus.values()) {
            assertThat(from.canMoveTo(DRAFT)).as(from + " -> DRAFT").isFalse();
        }
    }

    @Test
    void next_cannot_be_used_to_change_the_machine() {
        Set<SaleStatus> next = DRAFT.next();
        next.clear();

        assertThat(DRAFT.canMoveTo(COMPLETED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SaleStatus.class)
    void only_completed_part_paid_and_pending_sales_have_a_receipt(SaleStatus status) {
        assertThat(status.hasReceipt()).isEqualTo(Set.of(COMPLETED, PARTIAL, PENDING).contains(status));
    }
}
