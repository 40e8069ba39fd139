package io.salescore.application.account.port.out;

/**
 * All of the account ports in one, for an adapter that keeps businesses, users, tokens and failed logins in one
 * place (the Jdbi adapter implements this). Use cases depend on the narrow ports they need: {@link StaffDirectory}
 * (the staff use cases), {@link CredentialStore} (passwords and tokens), {@link LoginThrottleLog} (the login
 * throttle), {@link ProfileStore} (business and profile).
 */
public interface AccountRepository extends StaffDirectory, CredentialStore, LoginThrottleLog, ProfileStore {
}
