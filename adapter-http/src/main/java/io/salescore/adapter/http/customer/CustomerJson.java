package io.salescore.adapter.http.customer;

import io.salescore.adapter.http.common.Json;
import io.salescore.domain.customer.Customer;

import java.time.Instant;
import java.util.UUID;

/**
 * JSON shape of a customer: money as two-decimal strings, times in UTC; {@code type} repeats {@code customer_type}
 * for frontends written for the old backend (compat.md E9).
 */
record CustomerJson(UUID id, String name, String email, String phone, String address, String customerType,
                    String type, String creditLimit, String outstandingBalance, String availableCredit,
                    int creditTermsDays, boolean creditBlocked, String contactPerson, String taxId, String notes,
                    boolean isActive, boolean isWalkIn, Instant createdAt, Instant updatedAt) {

    static CustomerJson of(Customer customer) {
        Customer.State s = customer.state();
        return new CustomerJson(s.id().value(), s.name(), s.email(), s.phone(), s.address(), s.type().name(),
                s.type().name(), Json.money(s.creditLimit().amount()), Json.money(s.outstandingBalance().amount()),
                Json.money(customer.availableCredit().amount()), s.creditTermsDays(), s.creditBlocked(),
                s.contactPerson(), s.taxId(), s.notes(), s.active(), s.walkIn(), Json.time(s.createdAt()),
                Json.time(s.updatedAt()));
    }
}
