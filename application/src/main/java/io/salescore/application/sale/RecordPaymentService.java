package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.application.sale.port.in.RecordPaymentUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.PaymentId;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            String before = sale.status().name();
            sale.recordPayment(payment, now);
            var drawer = sales.insertPayments(sale, List.of(payment), session);
            customers.reduceBalance(actor.businessId(), sale.customerId(), payment.amount(),
                    new CreditEntry(ids.newId(), CreditEntry.Type.PAYMENT, sale.id(), payment.id().value(),
                            "Payment (" + payment.method() + ")" + (payment.reference() == null
                                    || payment.reference().isBlank() ? "" : " " + payment.reference()),
                            actor.userId(), now));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("sale_id", sale.id().toString());
            data.put("payment_id", payment.id().toString());
            data.put("amount_paid", payment.amount().toString());
            data.put("payment_method", payment.method().name());
            data.put("reference", payment.reference());
            data.put("session_id", drawer.map(d -> d.session().toString()).orElse(null));
            data.put("session_user_id", drawer.map(d -> d.owner().toString()).orElse(null));
            data.put("old_status", before);
            data.put("new_status", sale.status().name());
            data.put("amount_due", sale.amountDue().toString());
            c.saveWithoutSliding(List.of(AuditEvent.of("payment.recorded",
                            "Payment of " + payment.amount() + " (" + payment.method() + ") recorded on sale " + sale.id()
                                    + "; " + sale.amountDue() + " still due", data)
                    .withSale(sale.storefrontId(), sale.id()).withCustomer(sale.customerId()).withPayment(payment.id())));
            return new Result(payment, c.view());
        });
    }
}
