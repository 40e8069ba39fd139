package io.salescore.domain.access;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The permission rules of the role table: OWNER/ADMIN everything in the business and all storefronts; MANAGER
 * catalogue business-wide, stock and sales of assigned storefronts, customers incl. credit; CASHIER sales of
 * assigned storefronts, reads catalogue and stock, reads and creates customers without credit fields.
 */
class ActorTest {

    private static final StorefrontId ASSIGNED = StorefrontId.of(UUID.randomUUID());
    private static final StorefrontId OTHER = StorefrontId.of(UUID.randomUUID());

    private static Actor actor(Role role) {
        return new Actor(UserId.of(UUID.randomUUID()), "Ama", BusinessId.of(UUID.randomUUID()), role, Set.of(ASSIGNED),
                "10.0.0.1", "till/1.0");
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PermissionDeniedException.class,
                e -> assertThat(e.code()).isEqualTo("PERMISSION_DENIED"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OWNER", "ADMIN"})
    void owners_and_admins_may_do_everything_everywhere(Role role) {
        Actor actor = actor(role);

        assertThat(actor.isOwnerOrAdmin()).isTrue();
        assertThat(actor.mayAccessStorefront(OTHER)).isTrue();
        assertThatCode(() -> {
            actor.requireStorefront(ASSIGNED);
            actor.requireStorefront(OTHER);
            actor.requireStockManagement(OTHER);
            actor.requireCatalogueManagement();
            actor.requireOwnerOrAdmin();
            actor.requireCustomerManagement();
        }).doesNotThrowAnyException();
    }

    @Test
    void a_manager_manages_catalogue_and_customers_and_the_stock_of_assigned_storefronts() {
        Actor manager = actor(Role.MANAGER);

        assertThat(manager.isOwnerOrAdmin()).isFalse();
        assertThat(manager.mayAccessStorefront(ASSIGNED)).isTrue();
        assertThat(manager.mayAccessStorefront(OTHER)).isFalse();
        assertThatCode(() -> {
            manager.requireStorefront(ASSIGNED);
            manager.requireStockManagement(ASSIGNED);
            manager.requireCatalogueManagement();
            manager.requireCustomerManagement();
        }).doesNotThrowAnyException();
        assertDenied(() -> manager.requireStorefront(OTHER));
        assertDenied(() -> manager.requireStockManagement(OTHER));
        assertDenied(manager::requireOwnerOrAdmin);
    }

    @Test
    void a_cashier_sells_in_assigned_storefronts_and_changes_nothing_else() {
        Actor cashier = actor(Role.CASHIER);

        assertThat(cashier.isOwnerOrAdmin()).isFalse();
        assertThat(cashier.mayAccessStorefront(ASSIGNED)).isTrue();
        assertThat(cashier.mayAccessStorefront(OTHER)).isFalse();
        assertThatCode(() -> cashier.requireStorefront(ASSIGNED)).doesNotThrowAnyException();
        assertDenied(() -> cashier.requireStorefront(OTHER));
        assertDenied(() -> cashier.requireStockManagement(ASSIGNED));
        assertDenied(() -> cashier.requireStockManagement(OTHER));
        assertDenied(cashier::requireCatalogueManagement);
        assertDenied(cashier::requireOwnerOrAdmin);
        assertDenied(cashier::requireCustomerManagement);
    }

    @Test
    void a_member_without_storefronts_reaches_none() {
        Actor cashier = new Actor(UserId.of(UUID.randomUUID()), "New", BusinessId.of(UUID.randomUUID()),
                Role.CASHIER, Set.of(), null, null);

        assertThat(cashier.mayAccessStorefront(ASSIGNED)).isFalse();
        assertDenied(() -> cashier.requireStorefront(ASSIGNED));
    }

    @Test
    void storefronts_are_an_unmodifiable_copy() {
        Set<StorefrontId> given = new HashSet<>(Set.of(ASSIGNED));
        Actor actor = new Actor(UserId.of(UUID.randomUUID()), "Ama", BusinessId.of(UUID.randomUUID()), Role.MANAGER,
                given, null, null);
        given.add(OTHER);

        assertThat(actor.storefronts()).containsExactly(ASSIGNED);
        assertThat(actor.mayAccessStorefront(OTHER)).isFalse();
        assertThatThrownBy(() -> actor.storefronts().add(OTHER)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void from_changes_only_the_network_origin() {
        Actor actor = actor(Role.MANAGER);

        Actor moved = actor.from("192.168.1.7", "curl/8");

        assertThat(moved.ipAddress()).isEqualTo("192.168.1.7");
        assertThat(moved.userAgent()).isEqualTo("curl/8");
        assertThat(moved.userId()).isEqualTo(actor.userId());
        assertThat(moved.name()).isEqualTo(actor.name());
        assertThat(moved.businessId()).isEqualTo(actor.businessId());
        assertThat(moved.role()).isEqualTo(actor.role());
        assertThat(moved.storefronts()).isEqualTo(actor.storefronts());
    }
}
