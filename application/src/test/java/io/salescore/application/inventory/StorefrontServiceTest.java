package io.salescore.application.inventory;

import io.salescore.application.common.Input;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.inventory.port.in.CreateStorefrontCommand;
import io.salescore.application.inventory.port.in.UpdateStorefrontCommand;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.access.Role;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StorefrontServiceTest {

    private final StockFixtures f = new StockFixtures();
    private final StorefrontRepository storefronts = mock(StorefrontRepository.class);
    private final IdGenerator ids = UUID::randomUUID;
    private final StorefrontService service = new StorefrontService(new InlineUnitOfWork(), storefronts,
            org.mockito.Mockito.mock(io.salescore.application.audit.port.out.AuditLogRepository.class), ids,
            Clock.fixed(f.now, ZoneOffset.UTC));

    @Test
    void a_derived_code_taken_by_a_concurrent_creation_is_derived_again() {
        when(storefronts.codesInUse(f.business)).thenReturn(Set.of("MAIN")).thenReturn(Set.of("MAIN", "MAIN2"));
        when(storefronts.insertIfCodeFree(any())).thenReturn(false, true);

        Storefront created = service.create(f.actor(Role.OWNER),
                Input.of(new CreateStorefrontCommand("Main", null, null)));

        assertThat(created.code().value()).isEqualTo("MAIN3");
    }

    @Test
    void an_explicit_code_that_is_taken_names_the_code() {
        when(storefronts.insertIfCodeFree(any())).thenReturn(false);
        assertThatThrownBy(() -> service.create(f.actor(Role.ADMIN), Input.of(new CreateStorefrontCommand("Main", null,
                "MAIN")))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.details()).containsKey("code"));
    }

    @Test
    void only_owners_and_admins_create_and_the_body_is_read_after_the_role() {
        assertThatThrownBy(() -> service.create(f.actor(Role.MANAGER, f.storefront.id()), Input.invalid(
                new IllegalStateException("the fields must not be read before the role")))).isInstanceOf(PermissionDeniedException.class);
        // An unparsable body comes before the role (http-api.md precedence).
        assertThatThrownBy(() -> service.create(f.actor(Role.MANAGER, f.storefront.id()), Input.unparsable(
                new IllegalStateException("unparsable")))).hasMessage("unparsable");
    }

    @Test
    void the_code_is_fixed_once_a_receipt_uses_it_and_the_receipt_is_only_looked_up_for_a_new_code() {
        when(storefronts.findForUpdate(f.business, f.storefront.id())).thenReturn(Optional.of(f.storefront));
        when(storefronts.hasReceipt(f.business, f.storefront.id())).thenReturn(true);

        Storefront renamed = service.update(f.actor(Role.OWNER), f.storefront.id(),
                Input.of(new UpdateStorefrontCommand("Main St", null, "MAIN", null)));
        assertThat(renamed.name()).isEqualTo("Main St");
        verify(storefronts, never()).hasReceipt(any(), any());

        assertThatThrownBy(() -> service.update(f.actor(Role.OWNER), f.storefront.id(),
                Input.of(new UpdateStorefrontCommand(null, null, "OTHER", null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsKey("code"));
    }

    @Test
    void reading_a_storefront_outside_ones_assignment_is_denied_and_an_unknown_one_is_not_found() {
        when(storefronts.find(f.business, f.storefront.id())).thenReturn(Optional.of(f.storefront));
        assertThatThrownBy(() -> service.get(f.actor(Role.CASHIER, f.otherStorefront.id()), f.storefront.id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(service.get(f.actor(Role.CASHIER, f.storefront.id()), f.storefront.id())).isSameAs(f.storefront);
        assertThatThrownBy(() -> service.get(f.actor(Role.OWNER), f.otherStorefront.id()))
                .isInstanceOf(NotFoundException.class);
    }
}
