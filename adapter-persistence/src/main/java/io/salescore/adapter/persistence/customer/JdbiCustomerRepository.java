package io.salescore.adapter.persistence.customer;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;

import java.util.Optional;

/** Customers in PostgreSQL. */
public final class JdbiCustomerRepository implements CustomerRepository {

    private final JdbiUnitOfWork tx;

    public JdbiCustomerRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Customer customer) {
        Customer.State s = customer.state();
        tx.handle().createUpdate("""
                        INSERT INTO customer (business_id, id, name, email, phone, phone_digits, address, customer_type,
                                              credit_limit, outstanding_balance, credit_terms_days, credit_blocked,
                                              is_active, is_walk_in, created_at, updated_at)
                        VALUES (:business, :id, :name, :email, :phone, :digits, :address, :type, :limit, :balance,
                                :terms, :blocked, :active, :walkIn, :created, :updated)""")
                .bind("business", s.businessId().value())
                .bind("id", s.id().value())
                .bind("name", s.name())
                .bind("email", s.email())
                .bind("phone", s.phone())
                .bind("digits", Customer.phoneDigits(s.phone()))
                .bind("address", s.address())
                .bind("type", s.type().name())
                .bind("limit", s.creditLimit().amount())
                .bind("balance", s.outstandingBalance().amount())
                .bind("terms", s.creditTermsDays())
                .bind("blocked", s.creditBlocked())
                .bind("active", s.active())
                .bind("walkIn", s.walkIn())
                .bind("created", s.createdAt())
                .bind("updated", s.updatedAt())
                .execute();
    }

    @Override
    public Optional<Customer> findById(BusinessId business, CustomerId customer) {
        return tx.handle().createQuery("SELECT * FROM customer WHERE business_id = :b AND id = :id")
                .bind("b", business.value()).bind("id", customer.value())
                .map((rs, ctx) -> Customer.restore(new Customer.State(CustomerId.of(Rows.uuid(rs, "id")),
                        BusinessId.of(Rows.uuid(rs, "business_id")), rs.getString("name"), rs.getString("email"),
                        rs.getString("phone"), rs.getString("address"), CustomerType.valueOf(rs.getString("customer_type")),
                        new Money(rs.getBigDecimal("credit_limit")), new Money(rs.getBigDecimal("outstanding_balance")),
                        rs.getInt("credit_terms_days"), rs.getBoolean("credit_blocked"), rs.getBoolean("is_active"),
                        rs.getBoolean("is_walk_in"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"))))
                .findOne();
    }

    @Override
    public boolean addToBalanceWithinLimit(BusinessId business, CustomerId customer, Money amount) {
        return tx.handle().createUpdate("""
                        UPDATE customer SET outstanding_balance = outstanding_balance + :a
                        WHERE business_id = :b AND id = :id AND is_active AND NOT credit_blocked AND NOT is_walk_in
                          AND credit_limit - outstanding_balance >= :a""")
                .bind("b", business.value()).bind("id", customer.value()).bind("a", amount.amount())
                .execute() == 1;
    }

    @Override
    public void reduceBalance(BusinessId business, CustomerId customer, Money amount) {
        tx.handle().createUpdate("""
                        UPDATE customer SET outstanding_balance = greatest(0, outstanding_balance - :a)
                        WHERE business_id = :b AND id = :id""")
                .bind("b", business.value()).bind("id", customer.value()).bind("a", amount.amount())
                .execute();
    }
}
