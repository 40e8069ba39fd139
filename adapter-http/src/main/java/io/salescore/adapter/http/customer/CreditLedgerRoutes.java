package io.salescore.adapter.http.customer;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.HttpError;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.customer.port.in.ListCreditTransactionsUseCase;
import io.salescore.application.customer.port.CreditTransaction;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.CustomerId;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code GET /sales/api/credit-transactions/?customer=}: a customer's account ledger, oldest first, business-wide
 * (OWNER, ADMIN, MANAGER). {@code customer} is required (400 without it or malformed); another business's
 * customer is not found.
 */
public final class CreditLedgerRoutes implements Routes {

    private static final String LIST = "/sales/api/credit-transactions/";

    private final ListCreditTransactionsUseCase list;

    public CreditLedgerRoutes(ListCreditTransactionsUseCase list) {
        this.list = list;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get(LIST, this::list);
    }

    private void list(Context ctx, Actor actor) {
        UUID customer = Params.uuid(ctx, "customer")
                .orElseThrow(() -> HttpError.badQueryParameter("customer", "This parameter is required."));
        Paging.write(ctx, list.list(actor, CustomerId.of(customer), Paging.request(ctx)).map(EntryJson::of));
    }

    /** JSON shape of a ledger entry: money as two-decimal strings (amount signed), nullable ids null. */
    record EntryJson(UUID id, UUID customer, String transactionType, String amount, String balanceBefore,
                     String balanceAfter, UUID sale, UUID referenceId, String description, UUID createdBy,
                     Instant createdAt) {

        static EntryJson of(CreditTransaction t) {
            return new EntryJson(t.id(), t.customer().value(), t.type().name(), Json.money(t.amount()),
                    Json.money(t.balanceBefore().amount()), Json.money(t.balanceAfter().amount()),
                    t.sale() == null ? null : t.sale().value(), t.reference(), t.description(),
                    t.by() == null ? null : t.by().value(), Json.time(t.at()));
        }
    }
}
