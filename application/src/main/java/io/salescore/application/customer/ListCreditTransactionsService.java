package io.salescore.application.customer;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.in.ListCreditTransactionsUseCase;
import io.salescore.application.customer.port.out.CreditLedger;
import io.salescore.application.customer.port.CreditTransaction;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;

/**
 * The ledger page in one read transaction: the customer must be of the caller's business (else not found), then
 * count and page of its entries, all from one snapshot-consistent transaction.
 */
public final class ListCreditTransactionsService implements ListCreditTransactionsUseCase {

    private final UnitOfWork tx;
    private final CustomerRepository customers;
    private final CreditLedger ledger;

    public ListCreditTransactionsService(UnitOfWork tx, CustomerRepository customers, CreditLedger ledger) {
        this.tx = tx;
        this.customers = customers;
        this.ledger = ledger;
    }

    @Override
    public Page<CreditTransaction> list(Actor actor, CustomerId customer, PageRequest page) {
        if (actor.role() == Role.CASHIER) {
            throw new PermissionDeniedException("Only managers, admins and owners may see the credit ledger.");
        }
        return tx.inTransaction(() -> {
            if (customers.findById(actor.businessId(), customer).isEmpty()) {
                throw new NotFoundException();
            }
            return ledger.list(actor.businessId(), customer, page);
        });
    }
}
