package io.salescore.domain.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The role table of domain.md / http-api.md "Who may do what". */
class RoleTest {

    @Test
    void owner_and_admin_see_every_storefront_managers_and_cashiers_only_theirs() {
        assertThat(Role.OWNER.seesAllStorefronts()).isTrue();
        assertThat(Role.ADMIN.seesAllStorefronts()).isTrue();
        assertThat(Role.MANAGER.seesAllStorefronts()).isFalse();
        assertThat(Role.CASHIER.seesAllStorefronts()).isFalse();
    }

    @ParameterizedTest(name = "{0} manages {1}: {2}")
    @CsvSource({
            "OWNER, OWNER, false",
            "OWNER, ADMIN, true",
            "OWNER, MANAGER, true",
            "OWNER, CASHIER, true",
            "ADMIN, OWNER, false",
            "ADMIN, ADMIN, false",
            "ADMIN, MANAGER, true",
            "ADMIN, CASHIER, true",
            "MANAGER, OWNER, false",
            "MANAGER, ADMIN, false",
            "MANAGER, MANAGER, false",
            "MANAGER, CASHIER, false",
            "CASHIER, OWNER, false",
            "CASHIER, ADMIN, false",
            "CASHIER, MANAGER, false",
            "CASHIER, CASHIER, false"
    })
    void staff_management(Role actor, Role target, boolean allowed) {
        assertThat(actor.mayManageStaffWithRole(target)).isEqualTo(allowed);
    }

    @Test
    void the_four_roles() {
        assertThat(Role.values()).extracting(Enum::name).containsExactly("OWNER", "ADMIN", "MANAGER", "CASHIER");
    }
}
