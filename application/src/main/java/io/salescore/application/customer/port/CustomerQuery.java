package io.salescore.application.customer.port;

import io.salescore.domain.customer.CustomerType;

import java.util.List;

/**
 * Which customers a list shows: {@code search} a case-insensitive substring of name, phone (also by its digits) or
 * email, or of the name reduced to letters and digits ({@code Customer.searchKey}: {@code Walk-In-Customer} finds
 * {@code Walk-in Customer}); {@code types} empty for any type; {@code active} null for active and inactive alike.
 */
public record CustomerQuery(String search, List<CustomerType> types, Boolean active) {

    public CustomerQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** Active customers, any type, no search: the default list. */
    public static CustomerQuery activeOnly() {
        return new CustomerQuery(null, List.of(), true);
    }
}
