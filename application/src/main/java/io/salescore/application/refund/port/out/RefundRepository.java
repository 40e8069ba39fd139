package io.salescore.application.refund.port.out;

import io.salescore.application.refund.port.RefundView;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.sale.refund.RefundPayout;
import io.salescore.domain.sale.refund.RefundPlan;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Port: refunds. Writes run in the caller's transaction, which holds the sale row locked. */
public interface RefundRepository {

    /** What earlier refunds of the sale handed back, per payout method. */
    Map<PaymentMethod, Money> paidOutByMethod(BusinessId business, SaleId sale);

    /** A restocked quantity of a product, with the id of its RETURN movement. */
    record Restock(UUID movementId, ProductId product, java.math.BigDecimal quantity) {
    }

    /**
     * Puts restocked quantities back into the sale's storefront inventory with RETURN movements referencing the
     * refund (inventory rows locked in product order, as checkout does).
     */
    void restock(BusinessId business, StorefrontId storefront, UUID refund, List<Restock> restocks, UserId user,
                 Instant at);

    /**
     * What is written: the refund and its lines (numbered from the refund counter of the sale's storefront code
     * and business-local day), the lines' refunded quantities, and the sale's header as {@code sale} now stands.
     * {@code namedSession}: the till session named in the request; else the caller's own OPEN session at the
     * storefront, if any.
     */
    record NewRefund(UUID id, Sale sale, String storefrontCode, RefundPlan.Plan plan, RefundPayout.Split split,
                     boolean full, boolean cancel, String reason, String originalTender,
                     Optional<UUID> namedSession, List<UUID> lineIds, UserId user, Instant at) {
    }

    /** The refund's number, the session it was attributed to and whose drawer that is. */
    record Recorded(String refundNumber, UUID session, UUID sessionUser) {

        public Recorded(String refundNumber, UUID session) {
            this(refundNumber, session, null);
        }
    }

    /**
     * @return empty when {@code namedSession} is not an OPEN session at the sale's storefront (nothing is
     *         written then)
     */
    Optional<Recorded> record(NewRefund refund);

    /**
     * ACCOUNT refunds: settles {@code amount} of the customer's other PARTIAL and PENDING sales, oldest first, as
     * payments (method OTHER, referencing the refund number) so that the balance still equals what is due.
     */
    void settleOtherSales(BusinessId business, CustomerId customer, SaleId except, Money amount, String reference,
                          UserId user, Instant at);

    Optional<RefundView> find(BusinessId business, UUID refund);

    /** A refund by its id alone, whatever its business (for signed receipt links). */
    Optional<RefundView> findAnywhere(UUID refund);

    /** The refunds of a sale, oldest first (its receipt lists their numbers). */
    List<RefundView> ofSale(BusinessId business, SaleId sale);

    /** Which refunds to list: {@code visibleStorefronts} absent = all (OWNER, ADMIN). */
    record Filter(BusinessId business, Optional<Set<StorefrontId>> visibleStorefronts, Optional<SaleId> sale,
                  Optional<StorefrontId> storefront, Optional<Instant> createdFrom, Optional<Instant> createdTo) {
    }

    /** A page of refunds, newest first, with their lines (no query per refund). */
    Page<RefundView> list(Filter filter, PageRequest page);
}
