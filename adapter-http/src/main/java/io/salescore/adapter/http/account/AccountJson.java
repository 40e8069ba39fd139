package io.salescore.adapter.http.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.salescore.application.account.port.in.AuthSession;
import io.salescore.application.account.port.in.Profile;

import java.util.List;
import java.util.UUID;

/** JSON shapes of the accounts API. */
final class AccountJson {

    private AccountJson() {
    }

    record UserJson(UUID id, String name, String email) {
        static UserJson of(Profile.UserView user) {
            return new UserJson(user.id().value(), user.name(), user.email());
        }
    }

    record BusinessJson(UUID id, String name, String currency, String timezone) {
        static BusinessJson of(Profile.BusinessView business) {
            return new BusinessJson(business.id().value(), business.name(), business.currency(), business.timezone());
        }
    }

    record MembershipJson(String role, List<UUID> storefronts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionJson(String token, UserJson user, BusinessJson business, MembershipJson membership) {
        static SessionJson of(String token, Profile profile) {
            return new SessionJson(token, UserJson.of(profile.user()), BusinessJson.of(profile.business()),
                    new MembershipJson(profile.role().name(),
                            profile.storefronts().stream().map(s -> s.value()).toList()));
        }

        static SessionJson of(AuthSession session) {
            return of(session.token(), session.profile());
        }
    }
}
