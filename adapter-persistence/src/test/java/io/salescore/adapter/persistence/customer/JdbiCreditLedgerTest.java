package io.salescore.adapter.persistence.customer;

import io.salescore.adapter.persistence.account.JdbiAccountRepository;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.support.PostgresTestSupport;
import io.salescore.application.account.port.Profile;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.application.customer.port.CreditTransaction;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JdbiCreditLedgerTest {

    private final JdbiUnitOfWork tx = PostgresTestSupport.unitOfWork();
    private final JdbiCustomerRepository customers = new JdbiCustomerRepository(tx);
    private final JdbiCreditLedger ledger = new JdbiCreditLedger(tx);
    private final JdbiAccountRepository accounts = new JdbiAccountRepository(tx);
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final BusinessId business = newBusiness();

    private BusinessId newBusiness() {
        BusinessId id = BusinessId.of(UUID.randomUUID());
        tx.run(() -> accounts.insertBusiness(new Profile.BusinessView(id, "Shop", "USD", "UTC"), now));
        return id;
    }

    private Customer customer(BusinessId in, String name) {
        Customer c = Customer.create(CustomerId.of(UUID.randomUUID()), in, name, "", "", "", CustomerType.RETAIL,
                Money.of("500.00"), 30, false, now);
        tx.run(() -> customers.insert(c));
        return c;
    }

    private CreditEntry entry(CreditEntry.Type type, UUID reference, int minute) {
        return new CreditEntry(UUID.randomUUID(), type, null, reference, type.name(), null, now.plusSeconds(60L * minute));
    }

    private Page<CreditTransaction> list(BusinessId in, Customer c, PageRequest page) {
        return tx.inTransaction(() -> ledger.list(in, c.id(), page));
    }

    @Test
    void entries_read_back_oldest_first_with_signed_amounts_and_balances() {
        Customer c = customer(business, "Fred");
        customer(business, "Other");
        UUID payment = UUID.randomUUID();
        tx.run(() -> customers.addToBalanceWithinLimit(business, c.id(), Money.of("100.00"),
                entry(CreditEntry.Type.CREDIT_SALE, null, 0)));
        // the same time on purpose: seq orders, not created_at
        tx.run(() -> customers.reduceBalance(business, c.id(), Money.of("30.00"),
                entry(CreditEntry.Type.PAYMENT, payment, 0)));
        tx.run(() -> customers.reduceBalance(business, c.id(), Money.of("90.00"),
                entry(CreditEntry.Type.REFUND, null, 1)));

        Page<CreditTransaction> page = list(business, c, PageRequest.first());

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(CreditTransaction::type).containsExactly(CreditEntry.Type.CREDIT_SALE,
                CreditEntry.Type.PAYMENT, CreditEntry.Type.REFUND);
        CreditTransaction paid = page.items().get(1);
        assertThat(paid.customer()).isEqualTo(c.id());
        assertThat(paid.amount()).isEqualByComparingTo("-30.00");
        assertThat(paid.balanceBefore()).isEqualTo(Money.of("100.00"));
        assertThat(paid.balanceAfter()).isEqualTo(Money.of("70.00"));
        assertThat(paid.reference()).isEqualTo(payment);
        assertThat(paid.sale()).isNull();
        assertThat(paid.by()).isNull();
        assertThat(paid.at()).isEqualTo(now);
        CreditTransaction refund = page.items().get(2);
        assertThat(refund.amount()).isEqualByComparingTo("-70.00");
        assertThat(refund.balanceAfter()).isEqualTo(Money.ZERO);
    }

    @Test
    void pages_carry_the_total_and_another_business_sees_nothing() {
        Customer c = customer(business, "Ama");
        for (int i = 0; i < 5; i++) {
            int minute = i;
            tx.run(() -> customers.addToBalanceWithinLimit(business, c.id(), Money.of("10.00"),
                    entry(CreditEntry.Type.CREDIT_SALE, null, minute)));
        }

        Page<CreditTransaction> second = list(business, c, new PageRequest(2, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(t -> t.balanceAfter().amount().toPlainString())
                .containsExactly("30.00", "40.00");
        assertThat(list(business, c, new PageRequest(9, 2)).items()).isEmpty();
        assertThat(list(newBusiness(), c, PageRequest.first()).total()).isZero();
    }
}
