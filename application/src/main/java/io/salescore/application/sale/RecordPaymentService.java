package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.application.sale.port.in.RecordPaymentUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.PaymentId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * record_payment on a PARTIAL or PENDING sale: one payment up to what is due (no change), the customer's
 * balance lowered by it (also for blocked or inactive customers: it is money coming in), PARTIAL or COMPLETED.
 */
public final class RecordPaymentService implements RecordPaymentUseCase {

    private final SaleChanges changes;
    private final SaleRepository sales;
    private final CustomerRepository customers;
    private final IdGenerator ids;
    private final DrawerPolicy drawers;

    public RecordPaymentService(UnitOfWork tx, SaleRepository sales, CustomerRepository customers,
                                AuditLogRepository audit, IdGenerator ids, Clock clock) {
        this(tx, sales, customers, audit, ids, clock, DrawerPolicy.none());
    }

    public RecordPaymentService(UnitOfWork tx, SaleRepository sales, CustomerRepository customers,
                                AuditLogRepository audit, IdGenerator ids, Clock clock, DrawerPolicy drawers) {
        this.drawers = drawers;
        this.changes = new SaleChanges(tx, sales, audit, clock);
        this.sales = sales;
        this.customers = customers;
        this.ids = ids;
    }

    @Override
    public Result record(Actor actor, Command command) {
        return changes.onSale(actor, command.sale(), command.expectedVersion(), command.payment(),
                Sale::requirePaymentRecordable, c -> {
            Sale sale = c.sale();
            Tender tender = command.payment().get();
            java.util.UUID session = drawers.resolve(actor, sale.storefrontId(), actor.userId(), command.session())
                    .orElse(null);
            Instant now = c.now();
            Payment payment = new Payment(PaymentId.of(ids.newId()), tender.amount(), tender.method(),
                    tender.reference(), now, actor.userId());
            sale.recordPayment(payment, now);
            var drawer = sales.insertPayments(sale, List.of(payment), session);
            customers.reduceBalance(actor.businessId(), sale.customerId(), payment.amount(),
                    new CreditEntry(ids.newId(), CreditEntry.Type.PAYMENT, sale.id(), payment.id().value(),
                            "Payment (" + payment.method() + ")" + (payment.reference() == null
                                    || payment.reference().isBlank() ? "" : " " + payment.reference()),
                            actor.userId(), now));
            c.saveWithoutSliding(c.recorded(SaleEvents.Facts.NONE.withDrawer(drawer)));
            return new Result(payment, c.view());
        });
    }
}
