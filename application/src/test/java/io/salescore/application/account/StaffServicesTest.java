package io.salescore.application.account;

import io.salescore.application.common.Input;
import io.salescore.application.account.port.in.CreateStaffCommand;
import io.salescore.application.account.port.Profile;
import io.salescore.application.account.port.StaffQuery;
import io.salescore.application.account.port.in.UpdateStaffCommand;
import io.salescore.application.account.port.out.StaffDirectory;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The staff use cases against a mocked accounts port: permissions, storefront checks, hashing, token revocation. */
class StaffServicesTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final BusinessId business = BusinessId.of(UUID.randomUUID());
    private final StorefrontId main = StorefrontId.of(UUID.randomUUID());
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final StaffDirectory accounts = mock(StaffDirectory.class);
    private final PasswordHasher hasher = mock(PasswordHasher.class);
    private final io.salescore.application.audit.port.out.AuditLogRepository audit =
            mock(io.salescore.application.audit.port.out.AuditLogRepository.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private Actor actor(Role role) {
        return new Actor(UserId.of(UUID.randomUUID()), "Boss", business, role, Set.of(), null, null);
    }

    private StaffMember stored(Role role, boolean active) {
        StaffMember m = StaffMember.restore(new StaffMember.State(UserId.of(UUID.randomUUID()), business, "Kofi",
                "kofi@x.gh", role, List.of(main), active, CREATED, CREATED));
        when(accounts.findMember(business, m.id())).thenReturn(Optional.of(m));
        when(accounts.findMemberForUpdate(business, m.id())).thenReturn(Optional.of(m));
        return m;
    }

    private void storefrontsExist(StorefrontId... ids) {
        when(accounts.existingStorefronts(eq(business), any())).thenReturn(Set.of(ids));
    }

    @Nested
    class Create {

        private final CreateStaffService service = new CreateStaffService(tx, accounts, audit, hasher, UUID::randomUUID,
                clock);

        private CreateStaffCommand command(Role role, List<StorefrontId> storefronts) {
            return new CreateStaffCommand(" Ama ", " Ama@Shop.GH ", "cashier-pass-1", role, storefronts);
        }

        @Test
        void adds_a_member_with_a_hashed_password_and_normalised_email() {
            when(hasher.hash("cashier-pass-1")).thenReturn("pbkdf2-hash");
            storefrontsExist(main);

            StaffMember m = service.create(actor(Role.ADMIN), command(Role.CASHIER, List.of(main)));

            assertThat(m.state().name()).isEqualTo("Ama");
            assertThat(m.state().email()).isEqualTo("ama@shop.gh");
            assertThat(m.state().businessId()).isEqualTo(business);
            assertThat(m.isActive()).isTrue();
            verify(accounts).insertUser(business, new Profile.UserView(m.id(), "Ama", "ama@shop.gh"), "pbkdf2-hash",
                    Role.CASHIER, List.of(main), NOW);
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"MANAGER", "CASHIER"})
        void managers_and_cashiers_may_not_add_staff_and_cost_no_hash(Role role) {
            assertThatThrownBy(() -> service.create(actor(role), command(Role.CASHIER, List.of())))
                    .isInstanceOf(PermissionDeniedException.class);
            verifyNoInteractions(hasher, accounts);
        }

        @Test
        void an_admin_may_not_add_an_admin_and_nobody_adds_an_owner() {
            assertThatThrownBy(() -> service.create(actor(Role.ADMIN), command(Role.ADMIN, List.of())))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> service.create(actor(Role.OWNER), command(Role.OWNER, List.of())))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.details()).containsKey("role"));
            verifyNoInteractions(hasher, accounts);
        }

        @Test
        void storefronts_of_another_business_or_unknown_are_not_found() {
            StorefrontId foreign = StorefrontId.of(UUID.randomUUID());
            storefrontsExist(main);

            assertThatThrownBy(() -> service.create(actor(Role.OWNER), command(Role.CASHIER, List.of(main, foreign))))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.details()).isEqualTo(Map.of("storefronts", List.of("Not found."))));
            verify(accounts, never()).insertUser(any(), any(), any(), any(), any(), any());
        }

        @Test
        void a_taken_email_is_a_conflict() {
            doThrow(new ConflictException("EMAIL_TAKEN", "taken", Map.of())).when(accounts)
                    .insertUser(any(), any(), any(), any(), anyList(), any());

            assertThatThrownBy(() -> service.create(actor(Role.OWNER), command(Role.MANAGER, List.of())))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("EMAIL_TAKEN"));
        }

        @Test
        void the_command_checks_every_field_at_once() {
            assertThatThrownBy(() -> new CreateStaffCommand("", "nope", "short", null, null))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.details()).containsOnlyKeys("name", "email", "password", "role"));
        }
    }

    @Nested
    class Update {

        private final UpdateStaffService service = new UpdateStaffService(tx, accounts, audit, hasher, clock);

        @Test
        void changes_are_written_and_a_new_password_is_hashed() {
            StaffMember m = stored(Role.CASHIER, true);
            StorefrontId other = StorefrontId.of(UUID.randomUUID());
            storefrontsExist(other);
            when(hasher.hash("new-password-1")).thenReturn("new-hash");

            StaffMember result = service.update(actor(Role.OWNER), m.id(), new UpdateStaffCommand("Kofi B.",
                    "KB@x.gh", "new-password-1", Role.MANAGER, List.of(other), null));

            assertThat(result.state().role()).isEqualTo(Role.MANAGER);
            assertThat(result.state().email()).isEqualTo("kb@x.gh");
            assertThat(result.state().storefronts()).containsExactly(other);
            verify(accounts).updateMember(m, "new-hash");
            verify(accounts).revokeAllTokens(business, m.id(), NOW);
        }

        @Test
        void a_change_without_a_password_keeps_the_tokens() {
            StaffMember m = stored(Role.CASHIER, true);

            service.update(actor(Role.OWNER), m.id(), new UpdateStaffCommand("Kofi B.", null, null, null, null,
                    null));

            verify(accounts, never()).revokeAllTokens(any(), any(), any());
        }

        @Test
        void a_password_alone_is_still_written() {
            StaffMember m = stored(Role.CASHIER, true);
            when(hasher.hash("new-password-1")).thenReturn("new-hash");

            service.update(actor(Role.ADMIN), m.id(), new UpdateStaffCommand(null, null, "new-password-1", null, null,
                    null));

            verify(accounts).updateMember(m, "new-hash");
        }

        @Test
        void nothing_to_change_writes_nothing() {
            StaffMember m = stored(Role.CASHIER, true);

            service.update(actor(Role.OWNER), m.id(), new UpdateStaffCommand("Kofi", null, null, Role.CASHIER, null,
                    true));

            verify(accounts, never()).updateMember(any(), any());
            verifyNoInteractions(hasher);
        }

        @Test
        void deactivating_through_patch_revokes_every_token() {
            StaffMember m = stored(Role.MANAGER, true);

            service.update(actor(Role.OWNER), m.id(), new UpdateStaffCommand(null, null, null, null, null, false));

            verify(accounts).updateMember(m, null);
            verify(accounts).revokeAllTokens(business, m.id(), NOW);
        }

        @Test
        void refusals_come_before_any_hashing_or_writing() {
            StaffMember admin = stored(Role.ADMIN, true);
            StaffMember owner = stored(Role.OWNER, true);
            Actor anAdmin = actor(Role.ADMIN);
            StaffMember self = stored(Role.ADMIN, true);
            Actor me = new Actor(self.id(), "Me", business, Role.ADMIN, Set.of(), null, null);
            UpdateStaffCommand newPassword = new UpdateStaffCommand(null, null, "new-password-1", null, null, null);

            assertThatThrownBy(() -> service.update(anAdmin, admin.id(), newPassword))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> service.update(anAdmin, owner.id(), newPassword))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> service.update(me, self.id(), newPassword))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> service.update(actor(Role.MANAGER), admin.id(), newPassword))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> service.update(actor(Role.OWNER), UserId.of(UUID.randomUUID()), newPassword))
                    .isInstanceOf(NotFoundException.class);
            verifyNoInteractions(hasher);
            verify(accounts, never()).updateMember(any(), any());
        }

        @Test
        void an_admin_cannot_promote_to_admin_and_storefronts_must_be_the_businesss() {
            StaffMember m = stored(Role.CASHIER, true);
            storefrontsExist();

            assertThatThrownBy(() -> service.update(actor(Role.ADMIN), m.id(), new UpdateStaffCommand(null, null, null,
                    Role.ADMIN, null, null))).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> service.update(actor(Role.OWNER), m.id(), new UpdateStaffCommand(null, null, null,
                    null, List.of(StorefrontId.of(UUID.randomUUID())), null)))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.details()).containsKey("storefronts"));
            verify(accounts, never()).updateMember(any(), any());
        }

        @Test
        void check_access_runs_the_same_checks_without_input() {
            StaffMember cashier = stored(Role.CASHIER, true);

            service.checkAccess(actor(Role.ADMIN), cashier.id(), Input.of(Boolean.TRUE));
            assertThatThrownBy(() -> service.checkAccess(actor(Role.CASHIER), cashier.id(), Input.of(Boolean.TRUE)))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> service.checkAccess(actor(Role.OWNER), UserId.of(UUID.randomUUID()), Input.of(Boolean.TRUE)))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Deactivate {

        private final DeactivateStaffService service = new DeactivateStaffService(tx, accounts, audit, clock);

        @Test
        void deactivates_and_revokes_all_tokens_in_one_transaction() {
            StaffMember m = stored(Role.CASHIER, true);

            service.deactivate(actor(Role.ADMIN), m.id());

            assertThat(m.isActive()).isFalse();
            verify(accounts).updateMember(m, null);
            verify(accounts).revokeAllTokens(business, m.id(), NOW);
            assertThat(tx.transactions()).isEqualTo(1);
        }

        @Test
        void an_inactive_member_is_not_written_again() {
            StaffMember m = stored(Role.CASHIER, false);

            service.deactivate(actor(Role.OWNER), m.id());

            verify(accounts, never()).updateMember(any(), any());
        }

        @Test
        void the_owner_oneself_and_unknown_ids_are_refused() {
            StaffMember owner = stored(Role.OWNER, true);
            StaffMember self = stored(Role.ADMIN, true);

            assertThatThrownBy(() -> service.deactivate(actor(Role.ADMIN), owner.id()))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> service.deactivate(new Actor(self.id(), "Me", business, Role.ADMIN, Set.of(),
                    null, null), self.id())).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> service.deactivate(actor(Role.OWNER), UserId.of(UUID.randomUUID())))
                    .isInstanceOf(NotFoundException.class);
            verify(accounts, never()).revokeAllTokens(any(), any(), any());
        }
    }

    @Nested
    class Read {

        private final GetStaffService get = new GetStaffService(tx, accounts);
        private final ListStaffService list = new ListStaffService(tx, accounts);

        @Test
        void owners_and_admins_read_members_others_are_refused_after_the_lookup() {
            StaffMember m = stored(Role.CASHIER, true);

            assertThat(get.get(actor(Role.ADMIN), m.id())).isSameAs(m);
            assertThatThrownBy(() -> get.get(actor(Role.MANAGER), m.id())).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> get.get(actor(Role.MANAGER), UserId.of(UUID.randomUUID())))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void lists_are_for_owners_and_admins() {
            Page<StaffMember> page = new Page<>(List.of(), 0, PageRequest.first());
            when(accounts.listMembers(business, StaffQuery.activeOnly(), PageRequest.first())).thenReturn(page);

            assertThat(list.list(actor(Role.OWNER), StaffQuery.activeOnly(), PageRequest.first())).isSameAs(page);
            assertThatThrownBy(() -> list.list(actor(Role.CASHIER), StaffQuery.activeOnly(), PageRequest.first()))
                    .isInstanceOf(PermissionDeniedException.class);
        }
    }
}
