package io.salescore.domain.customer;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ValidationException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A customer of a business, with credit terms. {@code available_credit = max(0, limit − outstanding)}.
 * The walk-in customer (one per business) can never get credit nor be deactivated.
 * Besides contact fields a customer has a contact person, a tax id (printed for wholesale customers) and notes
 * (compat.md E9): absent reads as {@code ""}, surrounding blanks stripped, at most {@value #CONTACT_PERSON_MAX},
 * {@value #TAX_ID_MAX} and {@value #NOTES_MAX} characters.
 */
public final class Customer {

    public static final String WALK_IN_NAME = "Walk-in Customer";
    public static final int CONTACT_PERSON_MAX = 255;
    public static final int TAX_ID_MAX = 64;
    public static final int NOTES_MAX = 1000;

    /** Everything stored about a customer. */
    public record State(CustomerId id, BusinessId businessId, String name, String email, String phone, String address,
                        String contactPerson, String taxId, String notes,
                        CustomerType type, Money creditLimit, Money outstandingBalance, int creditTermsDays,
                        boolean creditBlocked, boolean active, boolean walkIn, Instant createdAt, Instant updatedAt) {

        public State {
            contactPerson = contactPerson == null ? "" : contactPerson;
            taxId = taxId == null ? "" : taxId;
            notes = notes == null ? "" : notes;
        }

        /** A state without contact person, tax id or notes. */
        public State(CustomerId id, BusinessId businessId, String name, String email, String phone, String address,
                     CustomerType type, Money creditLimit, Money outstandingBalance, int creditTermsDays,
                     boolean creditBlocked, boolean active, boolean walkIn, Instant createdAt, Instant updatedAt) {
            this(id, businessId, name, email, phone, address, "", "", "", type, creditLimit, outstandingBalance,
                    creditTermsDays, creditBlocked, active, walkIn, createdAt, updatedAt);
        }

        /** This state with another outstanding balance (everything else as it is). */
        public State withOutstandingBalance(Money balance) {
            return new State(id, businessId, name, email, phone, address, contactPerson, taxId, notes, type,
                    creditLimit, balance, creditTermsDays, creditBlocked, active, walkIn, createdAt, updatedAt);
        }
    }

    private State state;

    private Customer(State state) {
        this.state = state;
    }

    public static Customer restore(State state) {
        return new Customer(state);
    }

    /** The walk-in customer every business gets when it is registered. */
    public static Customer walkIn(CustomerId id, BusinessId business, Instant now) {
        return new Customer(new State(id, business, WALK_IN_NAME, "", "", "", CustomerType.RETAIL, Money.ZERO,
                Money.ZERO, 30, false, true, true, now, now));
    }

    /** A new named customer without contact person, tax id or notes. */
    public static Customer create(CustomerId id, BusinessId business, String name, String email, String phone,
                                  String address, CustomerType type, Money creditLimit, int creditTermsDays,
                                  boolean creditBlocked, Instant now) {
        return create(id, business, name, email, phone, address, null, null, null, type, creditLimit,
                creditTermsDays, creditBlocked, now);
    }

    /** A new named customer; {@code null} text reads as {@code ""}, type RETAIL and limit 0.00 by default. */
    public static Customer create(CustomerId id, BusinessId business, String name, String email, String phone,
                                  String address, String contactPerson, String taxId, String notes,
                                  CustomerType type, Money creditLimit, int creditTermsDays,
                                  boolean creditBlocked, Instant now) {
        requireName(name);
        requireTerms(creditTermsDays);
        return new Customer(new State(id, business, name.strip(), nz(email), nz(phone), nz(address),
                detail(contactPerson, "contact_person", CONTACT_PERSON_MAX), detail(taxId, "tax_id", TAX_ID_MAX),
                detail(notes, "notes", NOTES_MAX),
                type == null ? CustomerType.RETAIL : type, creditLimit == null ? Money.ZERO : creditLimit,
                Money.ZERO, creditTermsDays, creditBlocked, true, false, now, now));
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    /** Contact person, tax id or notes: {@code null} reads as {@code ""}; stripped; no NUL; at most {@code max}. */
    private static String detail(String value, String field, int max) {
        if (value == null) {
            return "";
        }
        if (value.indexOf('\0') >= 0) {
            throw ValidationException.field(field, "Null characters are not allowed.");
        }
        if (value.length() > max) {
            throw ValidationException.field(field, "Ensure this field has no more than " + max + " characters.");
        }
        return value.strip();
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw ValidationException.field("name", "This field may not be blank.");
        }
    }

    private static void requireTerms(int days) {
        if (days < 0 || days > 3650) {
            throw ValidationException.field("credit_terms_days", "Must be between 0 and 3650.");
        }
    }

    /**
     * Changes contact and credit fields; {@code null} keeps a value. The walk-in customer cannot get credit nor be
     * deactivated. A limit below the current balance is allowed (available credit is then zero). Returns whether
     * anything changed; when nothing did, the customer (including {@code updated_at}) stays as it was.
     */
    public boolean update(String name, String email, String phone, String address, CustomerType type, Money creditLimit,
                          Integer creditTermsDays, Boolean creditBlocked, Boolean active, Instant now) {
        return update(name, email, phone, address, null, null, null, type, creditLimit, creditTermsDays,
                creditBlocked, active, now);
    }

    /**
     * As {@link #update(String, String, String, String, CustomerType, Money, Integer, Boolean, Boolean, Instant)},
     * also changing the contact person, tax id and notes ({@code null} keeps, {@code ""} clears).
     */
    public boolean update(String name, String email, String phone, String address, String contactPerson,
                          String taxId, String notes, CustomerType type, Money creditLimit,
                          Integer creditTermsDays, Boolean creditBlocked, Boolean active, Instant now) {
        String newContactPerson = contactPerson == null ? null
                : detail(contactPerson, "contact_person", CONTACT_PERSON_MAX);
        String newTaxId = taxId == null ? null : detail(taxId, "tax_id", TAX_ID_MAX);
        String newNotes = notes == null ? null : detail(notes, "notes", NOTES_MAX);
        if (name != null) {
            requireName(name);
        }
        if (creditTermsDays != null) {
            requireTerms(creditTermsDays);
        }
        if (state.walkIn()) {
            if (creditLimit != null && !creditLimit.isZero()) {
                throw ValidationException.field("credit_limit", "The walk-in customer cannot be given credit.");
            }
            if (Boolean.FALSE.equals(active)) {
                throw ValidationException.field("is_active", "The walk-in customer cannot be deactivated.");
            }
        }
        State s = state;
        State changed = new State(s.id(), s.businessId(), name == null ? s.name() : name.strip(),
                email == null ? s.email() : email.strip(), phone == null ? s.phone() : phone.strip(),
                address == null ? s.address() : address.strip(),
                newContactPerson == null ? s.contactPerson() : newContactPerson,
                newTaxId == null ? s.taxId() : newTaxId, newNotes == null ? s.notes() : newNotes,
                type == null ? s.type() : type,
                creditLimit == null ? s.creditLimit() : creditLimit, s.outstandingBalance(),
                creditTermsDays == null ? s.creditTermsDays() : creditTermsDays,
                creditBlocked == null ? s.creditBlocked() : creditBlocked, active == null ? s.active() : active,
                s.walkIn(), s.createdAt(), now);
        if (editableFields(changed).equals(editableFields(s))) {
            return false;
        }
        state = changed;
        return true;
    }

    /**
     * The editable fields that differ from an earlier state of this customer, by their API names, each with its
     * {@code before} and {@code after} value (money as two-decimal strings): the facts of a {@code customer.updated}
     * audit entry.
     */
    public Map<String, Map<String, Object>> changesSince(State before) {
        Map<String, Object> old = editableFields(before);
        Map<String, Object> now = editableFields(state);
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", old.get(field));
                change.put("after", value);
                changes.put(field, change);
            }
        });
        return changes;
    }

    /** The fields a customer is created with and changed by, by their API names (for audit entries). */
    public Map<String, Object> editableFields() {
        return editableFields(state);
    }

    private static Map<String, Object> editableFields(State s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", s.name());
        fields.put("email", s.email());
        fields.put("phone", s.phone());
        fields.put("address", s.address());
        fields.put("contact_person", s.contactPerson());
        fields.put("tax_id", s.taxId());
        fields.put("notes", s.notes());
        fields.put("customer_type", s.type().name());
        fields.put("credit_limit", s.creditLimit().toString());
        fields.put("credit_terms_days", s.creditTermsDays());
        fields.put("credit_blocked", s.creditBlocked());
        fields.put("is_active", s.active());
        return fields;
    }

    /**
     * DELETE: customers are deactivated, never removed (their sales keep them). Returns whether the customer was
     * active until now.
     */
    public boolean deactivate(Instant now) {
        if (state.walkIn()) {
            throw ValidationException.field("is_active", "The walk-in customer cannot be deactivated.");
        }
        return update(null, null, null, null, null, null, null, null, false, now);
    }

    public Money availableCredit() {
        return state.creditLimit().minusOrZero(state.outstandingBalance());
    }

    /** Can this customer be put on a sale? Only active customers can. */
    public void requireActive() {
        if (!state.active()) {
            throw new BusinessRuleException("CUSTOMER_INACTIVE", "Customer is inactive", "",
                    Map.of(), Map.of("message", "Choose an active customer."));
        }
    }

    /**
     * Checkout step 5: an amount left due becomes credit, which needs a named, active, unblocked customer
     * whose available credit covers it.
     */
    public void requireCreditFor(Money due) {
        if (state.walkIn()) {
            throw new BusinessRuleException("CUSTOMER_REQUIRED",
                    "A named customer is required for a sale with an amount due.");
        }
        requireActive();
        if (state.creditBlocked()) {
            throw new BusinessRuleException("CREDIT_BLOCKED", "This customer's credit is blocked.");
        }
        Money available = availableCredit();
        if (due.isGreaterThan(available)) {
            throw new BusinessRuleException("CREDIT_LIMIT_EXCEEDED", "The amount due exceeds the customer's available credit.",
                    "Available credit: " + available + ", requested: " + due,
                    Map.of("available", available.toString(), "requested", due.toString()), Map.of());
        }
    }

    /**
     * A name or search term reduced to its lower-case ASCII letters and digits, as the old frontend compares
     * customer names ({@code "Walk-In-Customer"} and {@code "Walk-in Customer"} both give {@code "walkincustomer"}):
     * a list search also matches a customer whose reduced name contains the reduced term (compat.md E9).
     */
    public static String searchKey(String text) {
        return text == null ? "" : text.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Only the digits of a phone number: phones are unique per business by their digits. */
    public static String phoneDigits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }

    public State state() {
        return state;
    }

    public CustomerId id() {
        return state.id();
    }

    public String name() {
        return state.name();
    }

    public boolean isWalkIn() {
        return state.walkIn();
    }

    public boolean isActive() {
        return state.active();
    }
}
