package io.salescore.application.customer;

import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.customer.Customer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The audit entries of customer changes: {@code customer.created} and {@code customer.updated}. */
final class CustomerEvents {

    private CustomerEvents() {
    }

    static AuditEvent created(Customer customer) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer_id", customer.id().toString());
        data.putAll(customer.editableFields());
        return AuditEvent.of("customer.created", "Customer " + customer.name() + " was created.", data)
                .withCustomer(customer.id());
    }

    static AuditEvent updated(Customer customer, Map<String, Map<String, Object>> changes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer_id", customer.id().toString());
        data.put("changes", changes);
        String description = changes.keySet().equals(Set.of("is_active"))
                ? "Customer " + customer.name() + " was " + (customer.isActive() ? "reactivated." : "deactivated.")
                : "Customer " + customer.name() + " was updated: " + String.join(", ", changes.keySet()) + ".";
        return AuditEvent.of("customer.updated", description, data).withCustomer(customer.id());
    }
}
