package io.salescore.adapter.http.customer;

import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.customer.port.in.CreditStatus;
import io.salescore.application.customer.port.in.CreditStatusUseCase;
import io.salescore.domain.shared.CustomerId;

import java.util.UUID;

/** {@code GET /sales/api/customers/{id}/credit_status/}: what a till checks before selling on credit (every role). */
public final class CreditStatusRoutes implements Routes {

    private final CreditStatusUseCase creditStatus;

    public CreditStatusRoutes(CreditStatusUseCase creditStatus) {
        this.creditStatus = creditStatus;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get("/sales/api/customers/{id}/credit_status/", (ctx, actor) -> Json.ok(ctx, CreditStatusJson.of(
                creditStatus.status(actor, CustomerId.of(Params.pathId(ctx, "id"))))));
    }

    /** Money as two-decimal strings, as on the customer. */
    record CreditStatusJson(UUID customerId, String customerName, String creditLimit, String outstandingBalance,
                            String availableCredit, int creditTermsDays, boolean creditBlocked, String overdueBalance,
                            boolean canPurchase, String message) {

        static CreditStatusJson of(CreditStatus s) {
            return new CreditStatusJson(s.customerId().value(), s.customerName(), Json.money(s.creditLimit().amount()),
                    Json.money(s.outstandingBalance().amount()), Json.money(s.availableCredit().amount()),
                    s.creditTermsDays(), s.creditBlocked(), Json.money(s.overdueBalance().amount()), s.canPurchase(),
                    s.message());
        }
    }
}
