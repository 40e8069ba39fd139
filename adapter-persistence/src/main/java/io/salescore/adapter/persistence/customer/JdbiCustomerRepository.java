package io.salescore.adapter.persistence.customer;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.customer.Customer;

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
}
