package io.salescore.domain.access;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A member of a business's staff as the staff endpoints manage it: a user with a role and assigned storefronts.
 * Who may manage whom lives here: only OWNER and ADMIN manage staff, an ADMIN only MANAGERs and CASHIERs, nobody
 * changes the OWNER or themselves this way, and nobody is made OWNER.
 */
public final class StaffMember {

    /** Everything the staff endpoints show and change about a member (the password hash is not part of it). */
    public record State(UserId id, BusinessId businessId, String name, String email, Role role,
                        List<StorefrontId> storefronts, boolean active, Instant createdAt, Instant updatedAt) {

        public State {
            storefronts = List.copyOf(storefronts);
        }
    }

    private State state;

    private StaffMember(State state) {
        this.state = state;
    }

    public static StaffMember restore(State state) {
        return new StaffMember(state);
    }

    /** A new active member, added by {@code actor} to the actor's business. */
    public static StaffMember add(Actor actor, UserId id, String name, String email, Role role,
                                  List<StorefrontId> storefronts, Instant now) {
        requireStaffManager(actor);
        requireAssignable(actor, role);
        return new StaffMember(new State(id, actor.businessId(), name, email, role, storefronts, true, now, now));
    }

    /** Seeing and managing staff at all: OWNER and ADMIN only. */
    public static void requireStaffManager(Actor actor) {
        if (!actor.isOwnerOrAdmin()) {
            throw new PermissionDeniedException("Only owners and admins may manage staff.");
        }
    }

    /** The role may be given by the actor: never OWNER (a form error), and only roles the actor manages. */
    private static void requireAssignable(Actor actor, Role role) {
        Objects.requireNonNull(role, "role");
        if (role == Role.OWNER) {
            throw ValidationException.field("role", "Must be one of: ADMIN, MANAGER, CASHIER.");
        }
        if (!actor.role().mayManageStaffWithRole(role)) {
            throw new PermissionDeniedException("Admins may only manage managers and cashiers.");
        }
    }

    /**
     * Whether {@code actor} may change or deactivate this member: an OWNER or ADMIN (403 otherwise), not the owner
     * nor the actor themselves (400), and a member whose role the actor manages (403).
     */
    public void requireManageableBy(Actor actor) {
        requireStaffManager(actor);
        if (state.role() == Role.OWNER) {
            throw ValidationException.rule("The owner cannot be changed through the staff endpoints.");
        }
        if (state.id().equals(actor.userId())) {
            throw ValidationException.rule("You cannot change your own membership; ask the owner or an admin.");
        }
        if (!actor.role().mayManageStaffWithRole(state.role())) {
            throw new PermissionDeniedException("Admins may only manage managers and cashiers.");
        }
    }

    /**
     * Changes what is given ({@code null} keeps a value). Returns whether anything changed; when nothing did, the
     * member (including {@code updated_at}) stays as it was.
     */
    public boolean change(Actor actor, String name, String email, Role role, List<StorefrontId> storefronts,
                          Boolean active, Instant now) {
        requireManageableBy(actor);
        if (role != null) {
            requireAssignable(actor, role);
        }
        State s = state;
        State changed = new State(s.id(), s.businessId(), name == null ? s.name() : name,
                email == null ? s.email() : email, role == null ? s.role() : role,
                storefronts == null ? s.storefronts() : storefronts, active == null ? s.active() : active,
                s.createdAt(), now);
        if (sameFields(changed, s)) {
            return false;
        }
        state = changed;
        return true;
    }

    /** DELETE: the member is deactivated (their tokens are revoked by the caller). Returns whether they were active. */
    public boolean deactivate(Actor actor, Instant now) {
        return change(actor, null, null, null, null, false, now);
    }

    private static boolean sameFields(State a, State b) {
        return a.name().equals(b.name()) && a.email().equals(b.email()) && a.role() == b.role()
                && a.storefronts().equals(b.storefronts()) && a.active() == b.active();
    }

    public State state() {
        return state;
    }

    public UserId id() {
        return state.id();
    }

    public boolean isActive() {
        return state.active();
    }
}
