package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.application.inventory.HoldEvents;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.sale.port.in.CompleteSaleUseCase;
import io.salescore.application.sale.port.out.ReceiptCounter;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.CheckoutPlan;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PaymentId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.ReservationId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checkout, in the order of the rules: (1) DRAFT with lines; (2) every line holds a live reservation for its
 * quantity, re-holding when needed; (3, 4) payments against the payment type, giving the status and change;
 * (5) any amount due becomes the customer's credit through one guarded update; (6) stock is taken, holds
 * become COMMITTED, SALE movements and the receipt number are written. One transaction: any failure leaves the
 * sale DRAFT with no payment, no stock change and its holds as they were.
 */
public final class CompleteSaleService implements CompleteSaleUseCase {

    static final String REFUSAL = "Unable to complete sale due to stock restrictions.";

    private final SaleChanges changes;
    private final SaleRepository sales;
    private final HoldLedger reservations;
    private final CustomerRepository customers;
    private final ReceiptCounter receipts;
    private final StockHolds holds;
    private final AuditLogRepository audit;
    private final ReservationPolicy policy;
    private final IdGenerator ids;
    private final io.salescore.application.sale.port.out.SaleCatalog catalog;
    private final DrawerPolicy drawers;

    public CompleteSaleService(UnitOfWork tx, SaleRepository sales, HoldLedger reservations,
                               CustomerRepository customers, ReceiptCounter receipts, AuditLogRepository audit,
                               ReservationPolicy policy, IdGenerator ids, Clock clock,
                               io.salescore.application.sale.port.out.SaleCatalog catalog) {
        this(tx, sales, reservations, customers, receipts, audit, policy, ids, clock, catalog, DrawerPolicy.none());
    }

    public CompleteSaleService(UnitOfWork tx, SaleRepository sales, HoldLedger reservations,
                               CustomerRepository customers, ReceiptCounter receipts, AuditLogRepository audit,
                               ReservationPolicy policy, IdGenerator ids, Clock clock,
                               io.salescore.application.sale.port.out.SaleCatalog catalog, DrawerPolicy drawers) {
        this.drawers = drawers;
        this.changes = new SaleChanges(tx, sales, audit, clock);
        this.catalog = catalog;
        this.sales = sales;
        this.reservations = reservations;
        this.customers = customers;
        this.receipts = receipts;
        this.holds = new StockHolds(reservations, audit);
        this.audit = audit;
        this.policy = policy;
        this.ids = ids;
    }

    @Override
    public SaleView complete(Actor actor, Command command) {
        return changes.onSale(actor, command.sale(), command.expectedVersion(), command.checkout(), Sale::requireCompletable,
                c -> {
            SaleView view = c.view();
            Sale sale = c.sale();
            Checkout checkout = command.checkout().get();
            sale.requireCheckoutable();
            Instant now = c.now();

            Map<io.salescore.domain.shared.SaleItemId, Reservation> held = holdEveryLine(actor, view, now);
            CheckoutPlan plan = sale.planCheckout(checkout.paymentType(), checkout.payments(),
                    checkout.discountAmount(), checkout.taxAmount(), checkout.notes());
            requireShopPrices(actor, sale, checkout);
            java.util.UUID session = drawers.resolve(actor, sale.storefrontId(), actor.userId(), checkout.session())
                    .orElse(null);
            if (plan.needsCredit()) {
                takeCredit(actor, sale, plan, now);
            }

            Map<ProductId, BigDecimal> sold = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
            for (SaleLine line : sale.lines()) {
                sold.merge(line.productId(), line.quantity().value(), BigDecimal::add);
            }
            reservations.commitSale(actor.businessId(), sale.storefrontId(), sale.id(), sold, actor.userId(), now);
            ReceiptNumber receipt = receipts.next(actor.businessId(), sale.storefrontId(), now);
            List<Payment> payments = new ArrayList<>();
            for (Tender tender : plan.tenders()) {
                payments.add(new Payment(PaymentId.of(ids.newId()), tender.amount(), tender.method(),
                        tender.reference(), now, actor.userId()));
            }
            sale.complete(plan, payments, receipt, now);
            var drawer = sales.updateCompleted(sale, payments, actor.name(), actor.userId(), session);

            List<AuditEvent> events = new ArrayList<>();
            SaleView after = view;
            for (SaleLine line : sale.lines()) {
                Reservation committed = held.get(line.id()).ended(ReservationStatus.COMMITTED, now, null);
                events.add(SaleEvents.stockCommitted(sale, line, committed));
                after = after.withReservation(line.id(), committed);
            }
            events.addAll(c.recorded(SaleEvents.Facts.NONE.withDrawer(drawer)));
            c.audit(events);
            return new SaleView(sale, after.storefrontName(), after.storefrontCode(), after.userName(),
                    after.customerName(), after.reservations(),
                    new SaleView.Receipt(after.customerName(), null, actor.name()), after.businessName());
        });
    }

    /**
     * Step 2: each line, in creation order, must hold a live reservation for its whole quantity. It is judged on
     * the holds locked first (inventory rows, then holds), so a hold cannot expire between judgement and commit.
     */
    private Map<io.salescore.domain.shared.SaleItemId, Reservation> holdEveryLine(Actor actor, SaleView unlocked,
                                                                                  Instant now) {
        SaleView view = holds.lock(actor, unlocked, unlocked.sale().lines(), now);
        Sale sale = view.sale();
        Map<io.salescore.domain.shared.SaleItemId, Reservation> held = new LinkedHashMap<>();
        List<AuditEvent> events = new ArrayList<>();
        for (SaleLine line : sale.lines()) {
            Optional<Reservation> live = view.liveHoldOf(line.id(), now);
            if (live.isPresent() && live.get().quantity().equals(line.quantity())) {
                held.put(line.id(), live.get());
                continue;
            }
            if (live.isPresent()) {
                holds.resize(actor, live.get(), line.quantity(), REFUSAL, now);
                held.put(line.id(), live.get().withQuantity(line.quantity()));
                continue;
            }
            Reservation hold = Reservation.hold(ReservationId.of(ids.newId()), sale.id(), line.id(),
                    sale.storefrontId(), line.productId(), line.stockProductId(), line.quantity(), now, policy.ttl());
            holds.rehold(actor, view.reservationOf(line.id()), hold, REFUSAL, true, now);
            events.add(HoldEvents.reserved(hold, hold.quantity().toPlainString()));
            held.put(line.id(), hold);
        }
        if (!events.isEmpty()) {
            audit.append(actor, now, events);
        }
        return held;
    }

    /**
     * A CASHIER's checkout: the sale-level tax stays the shop's and the whole sale's discount within the limit,
     * re-checked here because lines and settings may have changed since it was given. The settings are read only
     * when there is a discount or a tax given.
     */
    private void requireShopPrices(Actor actor, Sale sale, Checkout checkout) {
        Money saleDiscount = checkout.discountAmount().orElse(sale.totals().discountAmount());
        boolean discounted = saleDiscount.amount().signum() != 0
                || sale.lines().stream().anyMatch(l -> l.discountAmount().amount().signum() != 0);
        if (!discounted && checkout.taxAmount().isEmpty()) {
            return;
        }
        PriceRules.of(catalog, actor).ifPresent(r -> {
            checkout.taxAmount().ifPresent(t -> r.requireSaleTax(actor.role(), sale.totals().taxAmount(), t));
            r.requireDiscountWithinLimit(actor.role(), sale, saleDiscount,
                    checkout.discountAmount().isPresent() ? "discount_amount" : "discount_percentage");
        });
    }

    /**
     * Step 5: what is left due becomes credit, within the customer's available credit. The guarded update
     * decides; only when it refuses is the customer read, to say why (walk-in, inactive, blocked, limit).
     */
    private void takeCredit(Actor actor, Sale sale, CheckoutPlan plan, Instant now) {
        CreditEntry entry = new CreditEntry(ids.newId(), CreditEntry.Type.CREDIT_SALE, sale.id(), null,
                "Credit sale: " + plan.creditDue() + " due", actor.userId(), now);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (customers.addToBalanceWithinLimit(actor.businessId(), sale.customerId(), plan.creditDue(), entry)) {
                return;
            }
            customers.findById(actor.businessId(), sale.customerId()).orElseThrow(NotFoundException::new)
                    .requireCreditFor(plan.creditDue());
            // The customer could take it after all: another checkout's credit was released meanwhile. Try again.
        }
        throw new BusinessRuleException("CREDIT_LIMIT_EXCEEDED",
                "The amount due exceeds the customer's available credit.");
    }
}
