package io.salescore.application.refund.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.refund.port.RefundView;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.refund.RefundPayout.RefundMethod;
import io.salescore.domain.sale.refund.RefundPlan;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.SaleId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Refunds and cancel (domain.md "Refunds and returns"): lines and quantities, or FULL, of a COMPLETED, PARTIAL
 * or PENDING sale; cancel is a FULL refund that leaves the sale CANCELLED, or abandon for a DRAFT.
 */
public interface RefundSaleUseCase {

    /** A refund request: {@code items} empty with {@code full}; {@code session} names the drawer money leaves. */
    record Request(String reason, boolean full, Optional<RefundMethod> method, Optional<UUID> session,
                   List<RefundPlan.Request> items) {
    }

    record Command(SaleId sale, Optional<ExpectedVersion> expectedVersion, Input<Request> request) {
    }

    record Result(RefundView refund, SaleView sale) {
    }

    Result refund(Actor actor, Command command);

    /** Cancel: {@code reason} (needed for a sale with a receipt), {@code restock} (default true), session. */
    record CancelRequest(Optional<String> reason, boolean restock, Optional<UUID> session) {
    }

    record CancelCommand(SaleId sale, Optional<ExpectedVersion> expectedVersion, Input<CancelRequest> request) {
    }

    /**
     * {@code refund} empty for a draft (abandoned: {@code released} holds) or for a repeat on a CANCELLED sale
     * ({@code alreadyCancelled}).
     */
    record CancelResult(SaleView sale, Optional<RefundView> refund, boolean draft, boolean alreadyCancelled,
                        List<Reservation> released) {
    }

    CancelResult cancel(Actor actor, CancelCommand command);
}
