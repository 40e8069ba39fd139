package io.salescore.application.account.port.out;

import io.salescore.application.account.port.Profile;
import io.salescore.application.account.port.StaffQuery;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Role;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the members of a business (users with role and storefronts) as registration and the staff use cases
 * create, read and change them.
 */
public interface StaffDirectory {

    /** @throws io.salescore.domain.shared.ConflictException {@code EMAIL_TAKEN} */
    void insertUser(BusinessId business, Profile.UserView user, String passwordHash, Role role,
                    List<StorefrontId> storefronts, Instant now);

    Optional<StaffMember> findMember(BusinessId business, UserId user);

    /** The member, locked until the transaction ends, for a change. */
    Optional<StaffMember> findMemberForUpdate(BusinessId business, UserId user);

    /** One page of the business's members matching the query, ordered by name (case-insensitive), then id. */
    Page<StaffMember> listMembers(BusinessId business, StaffQuery query, PageRequest page);

    /**
     * Writes name, email, role, storefronts and active; the password hash too when {@code newPasswordHash} is not
     * null.
     *
     * @throws io.salescore.domain.shared.ConflictException {@code EMAIL_TAKEN}
     */
    void updateMember(StaffMember member, String newPasswordHash);

    /** Revokes every live token of the user (deactivation, password reset); returns how many were revoked. */
    int revokeAllTokens(BusinessId business, UserId user, Instant now);

    /** Those of {@code ids} that are storefronts of the business (active or not). */
    Set<StorefrontId> existingStorefronts(BusinessId business, Collection<StorefrontId> ids);
}
