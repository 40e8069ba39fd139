package io.salescore.adapter.http.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.salescore.adapter.http.common.Json;
import io.salescore.application.account.port.in.AuthSession;
import io.salescore.application.account.port.Profile;
import io.salescore.domain.access.Role;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * JSON shapes of the accounts API. Besides our own {@code business} and {@code membership}, the user and
 * {@code employment} carry the fields frontends written for the old backend read at login and session restore
 * (docs/api-guide.md, "Moving from the Django backend"): a verified, active user, the old role codes (a CASHIER is
 * the old {@code STAFF}) and the employment's business.
 */
final class AccountJson {

    private AccountJson() {
    }

    /** Our role as the old backend's membership role code, and the RBAC name it showed. */
    static String oldRole(Role role) {
        return role == Role.CASHIER ? "STAFF" : role.name();
    }

    static String oldRoleName(Role role) {
        return switch (role) {
            case OWNER -> "OWNER";
            case ADMIN -> "Admin";
            case MANAGER -> "Manager";
            case CASHIER -> "Cashier";
        };
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UserJson(UUID id, String name, String email,
                    @JsonProperty("email_verified") boolean emailVerified,
                    @JsonProperty("is_active") boolean active,
                    @JsonProperty("account_type") String accountType,
                    String role,
                    @JsonProperty("role_name") String roleName,
                    @JsonProperty("final_userRole") String finalUserRole,
                    @JsonProperty("platform_role") String platformRole,
                    @JsonProperty("user_roles") List<Object> userRoles,
                    @JsonProperty("picture_url") @JsonInclude(JsonInclude.Include.ALWAYS) String pictureUrl,
                    @JsonInclude(JsonInclude.Include.ALWAYS) Object profile,
                    @JsonProperty("created_at") Instant createdAt,
                    @JsonProperty("updated_at") Instant updatedAt,
                    EmploymentJson employment) {

        static UserJson of(Profile profile, EmploymentJson employment) {
            Profile.UserView user = profile.user();
            String role = oldRole(profile.role());
            return new UserJson(user.id().value(), user.name(), user.email(), true, true,
                    profile.role() == Role.OWNER ? "OWNER" : "EMPLOYEE", role, oldRoleName(profile.role()), role,
                    "NONE", List.of(), null, null, Json.time(user.createdAt()), Json.time(user.updatedAt()),
                    employment);
        }
    }

    record BusinessJson(UUID id, String name, String currency, String timezone) {
        static BusinessJson of(Profile.BusinessView business) {
            return new BusinessJson(business.id().value(), business.name(), business.currency(), business.timezone());
        }
    }

    record MembershipJson(String role, List<UUID> storefronts) {
    }

    /** The old backend's business summary, with our currency and timezone. */
    record EmploymentBusinessJson(UUID id, String name, String tin, String email, String address, String website,
                                  @JsonProperty("phone_numbers") List<String> phoneNumbers,
                                  @JsonProperty("social_handles") Map<String, String> socialHandles,
                                  @JsonProperty("is_active") boolean active, UUID owner,
                                  @JsonProperty("owner_name") String ownerName,
                                  @JsonProperty("created_at") Instant createdAt,
                                  @JsonProperty("updated_at") Instant updatedAt,
                                  String currency, String timezone,
                                  @JsonProperty("subscription_status") String subscriptionStatus) {
        static EmploymentBusinessJson of(Profile.BusinessView b) {
            return new EmploymentBusinessJson(b.id().value(), b.name(), "", "", "", null, List.of(), Map.of(), true,
                    b.owner() == null ? null : b.owner().value(), b.ownerName(), Json.time(b.createdAt()),
                    Json.time(b.updatedAt()), b.currency(), b.timezone(), "ACTIVE");
        }
    }

    record PlaceJson(UUID id, String name, String location) {
    }

    /** The old backend's {@code employment}: never null here (every user has exactly one membership). */
    record EmploymentJson(UUID id, String role, @JsonProperty("is_admin") boolean admin,
                          @JsonProperty("is_active") boolean active, EmploymentBusinessJson business,
                          List<PlaceJson> storefronts, List<PlaceJson> warehouses,
                          @JsonProperty("created_at") Instant createdAt,
                          @JsonProperty("updated_at") Instant updatedAt) {
        static EmploymentJson of(Profile profile) {
            Role role = profile.role();
            return new EmploymentJson(profile.user().id().value(), oldRole(role),
                    role == Role.OWNER || role == Role.ADMIN, true, EmploymentBusinessJson.of(profile.business()),
                    profile.storefronts().stream().filter(Profile.StorefrontView::active)
                            .map(s -> new PlaceJson(s.id().value(), s.name(), s.location())).toList(),
                    List.of(), Json.time(profile.user().createdAt()), Json.time(profile.user().updatedAt()));
        }
    }

    /** {@code GET /accounts/api/users/storefronts/}: the caller's active storefronts, unpaged, as the old backend. */
    record UserStorefrontsJson(List<StorefrontJson> storefronts, int count) {
        record StorefrontJson(UUID id, String name, String location, @JsonProperty("is_active") boolean active) {
        }

        static UserStorefrontsJson of(Profile profile) {
            List<StorefrontJson> list = profile.storefronts().stream().filter(Profile.StorefrontView::active)
                    .map(s -> new StorefrontJson(s.id().value(), s.name(), s.location(), true)).toList();
            return new UserStorefrontsJson(list, list.size());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionJson(String token, UserJson user, BusinessJson business, MembershipJson membership,
                       EmploymentJson employment) {
        /** The login and register answer: with {@code employment}, also copied into the user as the old login did. */
        static SessionJson of(AuthSession session) {
            Profile profile = session.profile();
            EmploymentJson employment = EmploymentJson.of(profile);
            return new SessionJson(session.token(), UserJson.of(profile, employment),
                    BusinessJson.of(profile.business()), membership(profile), employment);
        }

        /** {@code GET /accounts/api/me/}. */
        static SessionJson of(Profile profile) {
            return new SessionJson(null, UserJson.of(profile, null), BusinessJson.of(profile.business()),
                    membership(profile), null);
        }

        private static MembershipJson membership(Profile profile) {
            return new MembershipJson(profile.role().name(),
                    profile.storefrontIds().stream().map(s -> s.value()).toList());
        }
    }
}
