package io.salescore.adapter.http.account;

import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.StorefrontId;

import java.util.List;
import java.util.UUID;

/** JSON shape of a staff member: {@code {user:{id,name,email}, role, storefronts, is_active}}. */
record StaffJson(User user, String role, List<UUID> storefronts, boolean isActive) {

    record User(UUID id, String name, String email) {
    }

    static StaffJson of(StaffMember member) {
        StaffMember.State s = member.state();
        return new StaffJson(new User(s.id().value(), s.name(), s.email()), s.role().name(),
                s.storefronts().stream().map(StorefrontId::value).toList(), s.active());
    }
}
