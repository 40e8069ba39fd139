package io.salescore.domain.access;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** http-api.md "Who may do what", staff row: who may add, change and deactivate whom. */
class StaffMemberTest {

    private static final BusinessId SHOP = BusinessId.of(UUID.randomUUID());
    private static final StorefrontId MAIN = StorefrontId.of(UUID.randomUUID());
    private static final Instant T1 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-22T11:00:00Z");

    private static Actor actor(Role role) {
        return new Actor(UserId.of(UUID.randomUUID()), "Boss", SHOP, role, Set.of(), null, null);
    }

    private static StaffMember member(Role role) {
        return StaffMember.restore(new StaffMember.State(UserId.of(UUID.randomUUID()), SHOP, "Kofi", "kofi@x.gh", role,
                List.of(MAIN), true, T1, T1));
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PermissionDeniedException.class,
                e -> assertThat(e.code()).isEqualTo("PERMISSION_DENIED"));
    }

    private static void assertInvalid(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.code()).isEqualTo("VALIDATION_ERROR"));
    }

    @Test
    void an_added_member_is_active_in_the_actors_business() {
        StaffMember m = StaffMember.add(actor(Role.OWNER), UserId.of(UUID.randomUUID()), "Ama", "ama@x.gh",
                Role.CASHIER, List.of(MAIN), T1);

        assertThat(m.state().businessId()).isEqualTo(SHOP);
        assertThat(m.state().role()).isEqualTo(Role.CASHIER);
        assertThat(m.state().storefronts()).containsExactly(MAIN);
        assertThat(m.isActive()).isTrue();
        assertThat(m.state().createdAt()).isEqualTo(T1);
    }

    @ParameterizedTest(name = "{0} adds {1}: {2}")
    @CsvSource({
            "OWNER, ADMIN, ok", "OWNER, MANAGER, ok", "OWNER, CASHIER, ok",
            "ADMIN, ADMIN, 403", "ADMIN, MANAGER, ok", "ADMIN, CASHIER, ok",
            "MANAGER, CASHIER, 403", "MANAGER, MANAGER, 403", "CASHIER, CASHIER, 403",
            "OWNER, OWNER, 400", "ADMIN, OWNER, 400", "MANAGER, OWNER, 403"
    })
    void who_may_add_whom(Role actorRole, Role newRole, String outcome) {
        ThrowingCallable add = () -> StaffMember.add(actor(actorRole), UserId.of(UUID.randomUUID()), "Ama", "a@x.gh",
                newRole, List.of(), T1);
        switch (outcome) {
            case "ok" -> assertThatCode(add).doesNotThrowAnyException();
            case "403" -> assertDenied(add);
            default -> assertThatThrownBy(add).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.details()).containsKey("role"));
        }
    }

    @ParameterizedTest(name = "{0} changes a {1}: {2}")
    @CsvSource({
            "OWNER, ADMIN, ok", "OWNER, MANAGER, ok", "OWNER, CASHIER, ok",
            "ADMIN, ADMIN, 403", "ADMIN, MANAGER, ok", "ADMIN, CASHIER, ok",
            "MANAGER, CASHIER, 403", "CASHIER, CASHIER, 403",
            "OWNER, OWNER, 400", "ADMIN, OWNER, 400"
    })
    void who_may_change_whom(Role actorRole, Role targetRole, String outcome) {
        ThrowingCallable change = () -> member(targetRole).change(actor(actorRole), "New", null, null, null, null, T2);
        switch (outcome) {
            case "ok" -> assertThatCode(change).doesNotThrowAnyException();
            case "403" -> assertDenied(change);
            default -> assertInvalid(change);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OWNER", "ADMIN"})
    void nobody_changes_or_deactivates_themselves_here(Role role) {
        Actor me = actor(role);
        StaffMember self = StaffMember.restore(new StaffMember.State(me.userId(), SHOP, "Me", "me@x.gh", role,
                List.of(), true, T1, T1));

        assertInvalid(() -> self.change(me, "Other", null, null, null, null, T2));
        assertInvalid(() -> self.deactivate(me, T2));
    }

    @Test
    void a_role_can_be_changed_only_to_one_the_actor_manages() {
        assertInvalid(() -> member(Role.CASHIER).change(actor(Role.OWNER), null, null, Role.OWNER, null, null, T2));
        assertDenied(() -> member(Role.CASHIER).change(actor(Role.ADMIN), null, null, Role.ADMIN, null, null, T2));

        StaffMember m = member(Role.CASHIER);
        assertThat(m.change(actor(Role.ADMIN), null, null, Role.MANAGER, null, null, T2)).isTrue();
        assertThat(m.state().role()).isEqualTo(Role.MANAGER);
    }

    @Test
    void change_sets_given_fields_and_keeps_the_rest() {
        StaffMember m = member(Role.CASHIER);
        StorefrontId other = StorefrontId.of(UUID.randomUUID());

        boolean changed = m.change(actor(Role.OWNER), "Kofi B.", "kofi.b@x.gh", null, List.of(other), null, T2);

        assertThat(changed).isTrue();
        assertThat(m.state().name()).isEqualTo("Kofi B.");
        assertThat(m.state().email()).isEqualTo("kofi.b@x.gh");
        assertThat(m.state().role()).isEqualTo(Role.CASHIER);
        assertThat(m.state().storefronts()).containsExactly(other);
        assertThat(m.state().updatedAt()).isEqualTo(T2);
    }

    @Test
    void a_change_to_the_same_values_changes_nothing() {
        StaffMember m = member(Role.MANAGER);

        assertThat(m.change(actor(Role.OWNER), "Kofi", "kofi@x.gh", Role.MANAGER, List.of(MAIN), true, T2)).isFalse();
        assertThat(m.state().updatedAt()).isEqualTo(T1);
    }

    @Test
    void deactivation_reports_whether_the_member_was_active_and_can_be_undone() {
        StaffMember m = member(Role.CASHIER);
        Actor owner = actor(Role.OWNER);

        assertThat(m.deactivate(owner, T2)).isTrue();
        assertThat(m.isActive()).isFalse();
        assertThat(m.deactivate(owner, T2)).isFalse();
        assertThat(m.change(owner, null, null, null, null, true, T2)).isTrue();
        assertThat(m.isActive()).isTrue();
    }

    @Test
    void only_owners_and_admins_see_staff() {
        assertThatCode(() -> StaffMember.requireStaffManager(actor(Role.OWNER))).doesNotThrowAnyException();
        assertThatCode(() -> StaffMember.requireStaffManager(actor(Role.ADMIN))).doesNotThrowAnyException();
        assertDenied(() -> StaffMember.requireStaffManager(actor(Role.MANAGER)));
        assertDenied(() -> StaffMember.requireStaffManager(actor(Role.CASHIER)));
    }
}
