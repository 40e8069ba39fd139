package io.salescore.adapter.persistence.customer;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.SqlWhere;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.customer.port.CustomerQuery;
import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Customers in PostgreSQL. Phone uniqueness is the partial unique index {@code customer_phone_key} on
 * (business_id, phone_digits), so it holds under concurrency; its violation becomes {@code DUPLICATE_PHONE}.
 */
public final class JdbiCustomerRepository implements CustomerRepository {

    static final String COLUMNS = """
            business_id, id, name, email, phone, address, contact_person, tax_id, notes, customer_type, credit_limit, outstanding_balance,
            credit_terms_days, credit_blocked, is_active, is_walk_in, created_at, updated_at""";

    /**
     * The list filter; :search is a LIKE pattern (SqlWhere.contains), :digits one for phone digits (null: no phone search),
     * :key one for the name reduced to letters and digits (Customer.searchKey; null when the term has none).
     */
    private static final String FILTER = """
            FROM customer
            WHERE business_id = :business
              AND (CAST(:active AS boolean) IS NULL OR is_active = :active)
              AND (cardinality(CAST(:types AS text[])) = 0 OR customer_type = ANY (CAST(:types AS text[])))
              AND (CAST(:search AS text) IS NULL
                   OR name ILIKE :search OR email ILIKE :search
                   OR phone ILIKE :search
                   OR (CAST(:digits AS text) IS NOT NULL AND phone_digits LIKE :digits)
                   OR (CAST(:key AS text) IS NOT NULL
                       AND lower(regexp_replace(name, '[^A-Za-z0-9]', '', 'g')) LIKE :key))""";

    /** A search that looks like (part of) a phone number also matches phones by their digits. */
    private static final Pattern PHONE_LIKE = Pattern.compile("^[0-9+()\\-.\\s]+$");

    private final JdbiUnitOfWork tx;

    public JdbiCustomerRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Customer customer) {
        Customer.State s = customer.state();
        try {
            bindFields(tx.handle().createUpdate("""
                            INSERT INTO customer (business_id, id, name, email, phone, phone_digits, address,
                                                  contact_person, tax_id, notes,
                                                  customer_type, credit_limit, outstanding_balance, credit_terms_days,
                                                  credit_blocked, is_active, is_walk_in, created_at, updated_at)
                            VALUES (:business, :id, :name, :email, :phone, :digits, :address, :contactPerson, :taxId,
                                    :notes, :type, :limit, :balance,
                                    :terms, :blocked, :active, :walkIn, :created, :updated)"""), s)
                    .bind("balance", s.outstandingBalance().amount())
                    .bind("walkIn", s.walkIn())
                    .bind("created", s.createdAt())
                    .execute();
        } catch (UnableToExecuteStatementException e) {
            throw translate(e);
        }
    }

    /** Binds what both INSERT and UPDATE write: the key and the editable fields with the phone's digits. */
    private static Update bindFields(Update statement, Customer.State s) {
        return statement
                .bind("business", s.businessId())
                .bind("id", s.id())
                .bind("name", s.name())
                .bind("email", s.email())
                .bind("phone", s.phone())
                .bind("digits", Customer.phoneDigits(s.phone()))
                .bind("address", s.address())
                .bind("contactPerson", s.contactPerson())
                .bind("taxId", s.taxId())
                .bind("notes", s.notes())
                .bind("type", s.type().name())
                .bind("limit", s.creditLimit().amount())
                .bind("terms", s.creditTermsDays())
                .bind("blocked", s.creditBlocked())
                .bind("active", s.active())
                .bind("updated", s.updatedAt());
    }

    @Override
    public Optional<Customer> findById(BusinessId business, CustomerId id) {
        return findOne(business, id, "");
    }

    @Override
    public Optional<Customer> findForUpdate(BusinessId business, CustomerId id) {
        return findOne(business, id, " FOR UPDATE");
    }

    private Optional<Customer> findOne(BusinessId business, CustomerId id, String lock) {
        return tx.handle().createQuery("SELECT " + COLUMNS + " FROM customer WHERE business_id = :business AND id = :id"
                        + lock)
                .bind("business", business)
                .bind("id", id)
                .map((rs, ctx) -> customer(rs))
                .findOne();
    }

    @Override
    public void update(Customer customer) {
        try {
            bindFields(tx.handle().createUpdate("""
                            UPDATE customer
                            SET name = :name, email = :email, phone = :phone, phone_digits = :digits,
                                address = :address, contact_person = :contactPerson, tax_id = :taxId,
                                notes = :notes, customer_type = :type, credit_limit = :limit,
                                credit_terms_days = :terms, credit_blocked = :blocked, is_active = :active,
                                updated_at = :updated
                            WHERE business_id = :business AND id = :id"""), customer.state())
                    .execute();
        } catch (UnableToExecuteStatementException e) {
            throw translate(e);
        }
    }

    @Override
    public Page<Customer> list(BusinessId business, CustomerQuery query, PageRequest page) {
        long total = filtered(tx.handle().createQuery("SELECT count(*) " + FILTER), business, query)
                .mapTo(Long.class).one();
        List<Customer> items = total <= page.offset() ? List.of()
                : filtered(tx.handle().createQuery("SELECT " + COLUMNS + " " + FILTER
                        + " ORDER BY is_walk_in DESC, lower(name), id LIMIT :limit OFFSET :offset"), business, query)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map((rs, ctx) -> customer(rs))
                .list();
        return new Page<>(items, total, page);
    }

    private static Query filtered(Query statement, BusinessId business, CustomerQuery query) {
        String digits = query.search() != null && PHONE_LIKE.matcher(query.search()).matches()
                ? Customer.phoneDigits(query.search()) : "";
        String key = query.search() == null ? "" : Customer.searchKey(query.search());
        return statement
                .bind("business", business)
                .bind("active", query.active())
                .bindArray("types", String.class, query.types().stream().map(CustomerType::name).toList())
                .bind("search", query.search() == null ? null : SqlWhere.contains(query.search()))
                .bind("digits", digits.isEmpty() ? null : "%" + digits + "%")
                .bind("key", key.isEmpty() ? null : "%" + key + "%");
    }

    @Override
    public boolean addToBalanceWithinLimit(BusinessId business, CustomerId customer, Money amount, CreditEntry entry) {
        return ledger("""
                        UPDATE customer cu SET outstanding_balance = o.before + :amount
                        FROM o
                        WHERE cu.business_id = :business AND cu.id = :id
                          AND cu.is_active AND NOT cu.credit_blocked AND NOT cu.is_walk_in
                          AND cu.credit_limit - o.before >= :amount""", business, customer, amount, entry) == 1;
    }

    @Override
    public void reduceBalance(BusinessId business, CustomerId customer, Money amount, CreditEntry entry) {
        int rows = ledger("""
                        UPDATE customer cu SET outstanding_balance = GREATEST(0, o.before - :amount)
                        FROM o
                        WHERE cu.business_id = :business AND cu.id = :id""", business, customer, amount, entry);
        if (rows != 1) {
            throw new IllegalStateException("No customer " + customer + " in business " + business);
        }
    }

    /**
     * One statement: the balance change (its {@code o} is the row locked with the balance before) and its ledger
     * entry with the balance before and after; the entry's amount is what the balance really moved by.
     */
    private int ledger(String update, BusinessId business, CustomerId customer, Money amount, CreditEntry entry) {
        return tx.handle().createUpdate("""
                        WITH o AS (SELECT outstanding_balance AS before FROM customer
                                   WHERE business_id = :business AND id = :id FOR UPDATE),
                        c AS (""" + update + """
                         RETURNING o.before, cu.outstanding_balance AS after)
                        INSERT INTO credit_transaction (business_id, id, customer_id, transaction_type, amount,
                                                        balance_before, balance_after, sale_id, reference_id,
                                                        description, created_by, created_at)
                        SELECT :business, :entryId, :id, :type, c.after - c.before, c.before, c.after, :sale,
                               :reference, :description, :by, :at
                        FROM c""")
                .bind("business", business)
                .bind("id", customer)
                .bind("amount", amount.amount())
                .bind("entryId", entry.id())
                .bind("type", entry.type().name())
                .bind("sale", entry.sale() == null ? null : entry.sale().value())
                .bind("reference", entry.reference())
                .bind("description", entry.description() == null ? "" : entry.description())
                .bind("by", entry.by() == null ? null : entry.by().value())
                .bind("at", entry.at())
                .execute();
    }

    private static RuntimeException translate(UnableToExecuteStatementException e) {
        if (JdbiUnitOfWork.isUniqueViolation(e, "customer_phone_key")) {
            return new ConflictException("DUPLICATE_PHONE", "A customer with this phone number already exists.",
                    Map.of("phone", List.of("A customer with this phone number already exists.")));
        }
        return e;
    }

    static Customer customer(ResultSet rs) throws SQLException {
        return Customer.restore(new Customer.State(
                CustomerId.of(Rows.uuid(rs, "id")),
                BusinessId.of(Rows.uuid(rs, "business_id")),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("address"),
                rs.getString("contact_person"),
                rs.getString("tax_id"),
                rs.getString("notes"),
                CustomerType.valueOf(rs.getString("customer_type")),
                new Money(rs.getBigDecimal("credit_limit")),
                new Money(rs.getBigDecimal("outstanding_balance")),
                rs.getInt("credit_terms_days"),
                rs.getBoolean("credit_blocked"),
                rs.getBoolean("is_active"),
                rs.getBoolean("is_walk_in"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at")));
    }
}
