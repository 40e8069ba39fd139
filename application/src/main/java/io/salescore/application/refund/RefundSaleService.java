package io.salescore.application.refund;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.application.refund.port.in.RefundSaleUseCase;
import io.salescore.application.refund.port.out.RefundRepository;
import io.salescore.application.refund.port.RefundView;
import io.salescore.application.sale.SaleEvents;
import io.salescore.application.sale.SaleLocks;
import io.salescore.application.sale.port.in.AbandonSaleUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.account.BusinessSettings;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.catalog.ProductUnit;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.sale.refund.RefundPayout;
import io.salescore.domain.sale.refund.RefundPlan;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.shared.InvalidSaleStatusException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.ValidationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Refund and cancel, one transaction under the sale lock (so 20 concurrent refunds of the last unit refund it
 * once): the status, then the role, then the request; the plan prices the lines exactly; the payout takes what is
 * still owed first; restocked lines go back with RETURN movements; the refund is numbered and written with the
 * sale's new header; the customer's balance and ledger follow; every step is audited.
 */
public final class RefundSaleService implements RefundSaleUseCase {

    static final int MAX_REASON = 255;

    private final UnitOfWork tx;
    private final SaleRepository sales;
    private final RefundRepository refunds;
    private final CustomerRepository customers;
    private final SaleCatalog catalog;
    private final AbandonSaleUseCase abandon;
    private final AuditLogRepository audit;
    private final IdGenerator ids;
    private final Clock clock;
    private final boolean requireOpenSession;

    public RefundSaleService(UnitOfWork tx, SaleRepository sales, RefundRepository refunds,
                             CustomerRepository customers, SaleCatalog catalog, AbandonSaleUseCase abandon,
                             AuditLogRepository audit, IdGenerator ids, Clock clock) {
        this(tx, sales, refunds, customers, catalog, abandon, audit, ids, clock, false);
    }

    /** {@code requireOpenSession}: POS_REQUIRE_OPEN_SESSION, a refund needs a named or implied OPEN session. */
    public RefundSaleService(UnitOfWork tx, SaleRepository sales, RefundRepository refunds,
                             CustomerRepository customers, SaleCatalog catalog, AbandonSaleUseCase abandon,
                             AuditLogRepository audit, IdGenerator ids, Clock clock, boolean requireOpenSession) {
        this.requireOpenSession = requireOpenSession;
        this.tx = tx;
        this.sales = sales;
        this.refunds = refunds;
        this.customers = customers;
        this.catalog = catalog;
        this.abandon = abandon;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result refund(Actor actor, Command command) {
        return tx.inTransaction(() -> {
            SaleView view = lock(actor, command.sale(), command.expectedVersion(), command.request(),
                    () -> requireRefunder(actor));
            view.sale().requireRefundable();
            Request request = command.request().get();
            String reason = requireReason(request.reason());
            Sale sale = view.sale();
            RefundPlan.Plan plan;
            if (request.full()) {
                if (!request.items().isEmpty()) {
                    throw ValidationException.field("items", "A FULL refund takes no items.");
                }
                plan = RefundPlan.full(sale.refundableLines());
            } else {
                for (RefundPlan.Request item : request.items()) {
                    SaleLine line = sale.linesById().get(item.saleItem());
                    if (line != null) {
                        ProductUnit.requireFits(line.unit(), item.quantity().value(), "items");
                    }
                }
                plan = RefundPlan.of(sale.refundableLines(), request.items());
            }
            return apply(actor, view, plan, request.full(), false, reason, request.method(), request.session());
        });
    }

    @Override
    public CancelResult cancel(Actor actor, CancelCommand command) {
        return tx.inTransaction(() -> {
            SaleView view = lock(actor, command.sale(), command.expectedVersion(), command.request(), () -> { });
            Sale sale = view.sale();
            if (sale.status() == SaleStatus.DRAFT || sale.status() == SaleStatus.CANCELLED) {
                AbandonSaleUseCase.Result abandoned = abandon.abandon(actor, sale.id(), command.expectedVersion());
                return new CancelResult(abandoned.sale(), Optional.empty(), !abandoned.alreadyCancelled(),
                        abandoned.alreadyCancelled(), abandoned.released());
            }
            if (sale.status() == SaleStatus.REFUNDED) {
                throw new InvalidSaleStatusException("A refunded sale cannot be cancelled", sale.status().name(),
                        "DRAFT,COMPLETED,PARTIAL,PENDING,CANCELLED");
            }
            requireRefunder(actor);
            CancelRequest request = command.request().get();
            String reason = requireReason(request.reason().orElse(null));
            RefundPlan.Plan plan = RefundPlan.full(sale.refundableLines(), request.restock(), reason);
            Result result = apply(actor, view, plan, true, true, reason, Optional.empty(), request.session());
            return new CancelResult(result.sale(), Optional.of(result.refund()), false, false, List.of());
        });
    }

    /** Lock the sale row (404 outside the business), then the contract's order: body, role, storefront, version. */
    private SaleView lock(Actor actor, SaleId id, Optional<io.salescore.domain.shared.ExpectedVersion> expectedVersion,
                          io.salescore.application.common.Input<?> body, Runnable role) {
        return SaleLocks.checked(actor, sales.lockForUpdate(actor.businessId(), id), expectedVersion, body, role);
    }

    private static void requireRefunder(Actor actor) {
        if (actor.role() == Role.CASHIER) {
            throw new PermissionDeniedException("Only managers, admins and owners may refund.");
        }
    }

    private static String requireReason(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw ValidationException.field("reason", "A reason is required.");
        }
        if (trimmed.length() > MAX_REASON) {
            throw ValidationException.field("reason", "Ensure this field has no more than 255 characters.");
        }
        return trimmed;
    }

    private Result apply(Actor actor, SaleView view, RefundPlan.Plan plan, boolean full, boolean cancel,
                         String reason, Optional<RefundPayout.RefundMethod> method, Optional<UUID> session) {
        Sale sale = view.sale();
        Instant now = clock.instant();
        BusinessSettings settings = catalog.settings(actor.businessId());
        Instant completed = sale.completedAt().orElse(sale.createdAt());
        if (completed.plus(Duration.ofDays(settings.refundWindowDays())).isBefore(now) && !actor.isOwnerOrAdmin()) {
            throw new PermissionDeniedException("This sale is older than the refund window of "
                    + settings.refundWindowDays() + " days; only an owner or admin may refund it.");
        }
        Map<PaymentMethod, Money> available = new EnumMap<>(PaymentMethod.class);
        Map<PaymentMethod, Money> paidOut = refunds.paidOutByMethod(actor.businessId(), sale.id());
        sale.takenByMethod().forEach((m, took) -> available.put(m, took.minusOrZero(paidOut.getOrDefault(m, Money.ZERO))));
        Money accountRoom = Money.ZERO;
        boolean named = true;
        if (method.filter(m -> m == RefundPayout.RefundMethod.ACCOUNT).isPresent()) {
            Customer customer = customers.findById(actor.businessId(), sale.customerId())
                    .orElseThrow(NotFoundException::new);
            named = !customer.isWalkIn();
            accountRoom = customer.state().outstandingBalance().minusOrZero(sale.amountDue());
        }
        Money dueBefore = sale.amountDue();
        RefundPayout.Split split = RefundPayout.of(plan.amount(), dueBefore, available, method, accountRoom, named,
                actor.isOwnerOrAdmin());
        String originalTender = sale.paymentType().name();
        sale.applyRefund(plan, split.credit(), split.paidOut(), cancel, now);

        UUID refundId = ids.newId();
        List<RefundRepository.Restock> restocks = restocks(sale, plan);
        if (!restocks.isEmpty()) {
            refunds.restock(actor.businessId(), sale.storefrontId(), refundId, restocks, actor.userId(), now);
        }
        List<UUID> lineIds = plan.lines().stream().map(l -> ids.newId()).toList();
        RefundRepository.Recorded recorded = refunds.record(new RefundRepository.NewRefund(refundId, sale,
                        view.storefrontCode(), plan, split, full, cancel, reason, originalTender, session, lineIds,
                        actor.userId(), now))
                .orElseThrow(() -> ValidationException.field("session",
                        "No open till session with this id at the sale's storefront."));
        if (requireOpenSession && recorded.session() == null) {
            throw io.salescore.application.sale.DrawerPolicy.noOpenSession();
        }
        Money offBalance = split.credit().plus(split.account());
        if (!offBalance.isZero()) {
            customers.reduceBalance(actor.businessId(), sale.customerId(), offBalance,
                    new CreditEntry(ids.newId(), CreditEntry.Type.REFUND, sale.id(), refundId,
                            "Refund " + recorded.refundNumber(), actor.userId(), now));
        }
        if (!split.account().isZero()) {
            refunds.settleOtherSales(actor.businessId(), sale.customerId(), sale.id(), split.account(),
                    "Refund " + recorded.refundNumber(), actor.userId(), now);
        }
        RefundView refund = view(actor, view, refundId, recorded, plan, split, full, reason, originalTender, cancel,
                now);
        audit.append(actor, now, events(sale, refund, restocks, dueBefore, cancel, recorded.sessionUser()));
        return new Result(refund, new SaleView(sale, view.storefrontName(), view.storefrontCode(), view.userName(),
                view.customerName(), view.reservations(), view.receipt(), view.businessName()));
    }

    /** The refund as written, built from what was written (no read back). */
    private static RefundView view(Actor actor, SaleView view, UUID id, RefundRepository.Recorded recorded,
                                   RefundPlan.Plan plan, RefundPayout.Split split, boolean full, String reason,
                                   String originalTender, boolean cancel, Instant now) {
        Sale sale = view.sale();
        List<RefundView.Line> lines = new ArrayList<>();
        for (RefundPlan.PlannedLine planned : plan.lines()) {
            SaleLine line = sale.line(planned.saleItem());
            lines.add(new RefundView.Line(line.id(), line.productId(), line.productName(), planned.quantity().value(),
                    planned.money().amount(), planned.money().tax(), planned.money().discount(), planned.restock(),
                    planned.reason() == null ? "" : planned.reason()));
        }
        return new RefundView(id, recorded.refundNumber(), sale.businessId(), sale.id(),
                sale.receiptNumber().map(Object::toString).orElse(null), sale.storefrontId(), view.storefrontName(),
                full ? "FULL" : "PARTIAL", reason, plan.amount(), plan.tax(), plan.discount(), split.credit(),
                split.account(), split.paidOut(), split.method().name(),
                split.payoutMethod() == null ? null : split.payoutMethod().name(), originalTender,
                recorded.session(), cancel, actor.userId(), actor.name(), now, lines);
    }

    /** The restocked quantities per product, in product order (the lock order of inventory rows). */
    private List<RefundRepository.Restock> restocks(Sale sale, RefundPlan.Plan plan) {
        Map<io.salescore.domain.shared.ProductId, java.math.BigDecimal> byProduct =
                new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (RefundPlan.PlannedLine line : plan.lines()) {
            if (line.restock()) {
                byProduct.merge(sale.line(line.saleItem()).productId(), line.quantity().value(),
                        java.math.BigDecimal::add);
            }
        }
        List<RefundRepository.Restock> restocks = new ArrayList<>();
        byProduct.forEach((product, quantity) -> restocks.add(new RefundRepository.Restock(ids.newId(), product,
                quantity)));
        return restocks;
    }

    private static List<AuditEvent> events(Sale sale, RefundView refund, List<RefundRepository.Restock> restocks,
                                           Money dueBefore, boolean cancel, UUID sessionUser) {
        List<AuditEvent> events = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sale_id", sale.id().toString());
        data.put("refund_id", refund.id().toString());
        data.put("refund_number", refund.refundNumber());
        data.put("receipt_number", refund.receiptNumber());
        data.put("refund_type", refund.refundType());
        data.put("reason", refund.reason());
        data.put("amount", refund.amount().toString());
        data.put("tax_amount", refund.tax().toString());
        data.put("discount_amount", refund.discount().toString());
        data.put("credit_amount", refund.credit().toString());
        data.put("account_amount", refund.account().toString());
        data.put("paid_out", refund.paidOut().toString());
        data.put("refund_method", refund.refundMethod());
        data.put("payout_method", refund.payoutMethod());
        data.put("original_tender", refund.originalTender());
        data.put("amount_due_before", dueBefore.toString());
        data.put("new_status", sale.status().name());
        data.put("session_id", refund.session() == null ? null : refund.session().toString());
        data.put("session_user_id", sessionUser == null ? null : sessionUser.toString());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (RefundView.Line line : refund.lines()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("sale_item", line.saleItem().toString());
            l.put("quantity", line.quantity().toPlainString());
            l.put("amount", line.amount().toString());
            l.put("restock", line.restock());
            l.put("reason", line.reason());
            lines.add(l);
        }
        data.put("lines", lines);
        events.add(AuditEvent.of("refund.processed", "Refund " + refund.refundNumber() + " of " + refund.amount()
                        + " on receipt " + refund.receiptNumber() + " (" + refund.reason() + "), paid out "
                        + refund.paidOut() + (refund.payoutMethod() == null ? "" : " by " + refund.payoutMethod())
                        + " (original tender " + refund.originalTender() + ")", data)
                .withSale(sale.storefrontId(), sale.id()).withCustomer(sale.customerId()));
        for (RefundRepository.Restock restock : restocks) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("refund_id", refund.id().toString());
            r.put("product_id", restock.product().toString());
            r.put("quantity", restock.quantity().stripTrailingZeros().toPlainString());
            r.put("movement_id", restock.movementId().toString());
            events.add(AuditEvent.of("stock.returned", "Returned " + restock.quantity().stripTrailingZeros()
                            .toPlainString() + " of product " + restock.product() + " to stock (refund "
                            + refund.refundNumber() + ")", r)
                    .withSale(sale.storefrontId(), sale.id()));
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("refund_id", refund.id().toString());
        c.put("refund_number", refund.refundNumber());
        c.put("amount", refund.amount().toString());
        // A cancel recorded Cancelled on the sale; a refund that leaves the sale standing recorded nothing.
        events.addAll(SaleEvents.take(sale, SaleEvents.Facts.NONE.withCancellation(new SaleEvents.Cancellation(
                refund.reason(), "Sale " + sale.id() + " (receipt " + refund.receiptNumber() + ") cancelled: "
                + refund.reason(), List.of(), c))));
        return events;
    }
}
