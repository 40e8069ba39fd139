package io.salescore.adapter.http.sale;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.BodyBinder;
import io.salescore.adapter.http.common.BodyField;
import io.salescore.adapter.http.common.BodyRecord;
import io.salescore.adapter.http.common.Inputs;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.JsonBody;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.adapter.http.common.Versions;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.sale.port.in.AbandonSaleUseCase;
import io.salescore.application.sale.port.in.CompleteSaleUseCase;
import io.salescore.application.sale.port.in.CreateSaleUseCase;
import io.salescore.application.sale.port.in.GetSaleUseCase;
import io.salescore.application.sale.port.in.ListSalesUseCase;
import io.salescore.application.sale.port.in.RecordPaymentUseCase;
import io.salescore.application.sale.port.in.ToggleSaleTypeUseCase;
import io.salescore.application.sale.port.in.UpdateSaleCustomerUseCase;
import io.salescore.application.sale.port.in.UpdateSaleUseCase;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static io.salescore.adapter.http.sale.SaleRouteSupport.SALE;
import static io.salescore.adapter.http.sale.SaleRouteSupport.noFields;
import static io.salescore.adapter.http.sale.SaleRouteSupport.saleId;
import static io.salescore.adapter.http.sale.SaleRouteSupport.writePage;

/**
 * {@code /sales/api/sales/} and {@code /sales/api/sales/{id}/}: the sale lifecycle and its actions (its lines are
 * {@link SaleLineRoutes}).
 */
public final class SaleRoutes implements Routes {

    /** The use cases behind these routes. */
    public record UseCases(CreateSaleUseCase create, GetSaleUseCase get, ListSalesUseCase list,
                           UpdateSaleUseCase update, CompleteSaleUseCase complete, AbandonSaleUseCase abandon,
                           ToggleSaleTypeUseCase toggle, UpdateSaleCustomerUseCase updateCustomer,
                           RecordPaymentUseCase recordPayment) {
    }

    /** The most characters of a sale's notes. */
    private static final int NOTES_MAX = 1000;

    private final UseCases uc;
    private final Clock clock;
    private final Function<SaleView, String> receiptUrl;
    private final Function<Actor, ZoneId> businessZone;

    public SaleRoutes(UseCases useCases, Clock clock, Function<SaleView, String> receiptUrl,
                      Function<Actor, ZoneId> businessZone) {
        this.uc = useCases;
        this.clock = clock;
        this.receiptUrl = receiptUrl;
        this.businessZone = businessZone;
    }

    @Override
    public void register(RouteRegistry api) {
        api.post("/sales/api/sales/", this::create);
        api.get("/sales/api/sales/", this::list);
        api.get(SALE, (ctx, actor) -> {
            SaleView view = uc.get().get(actor, saleId(ctx));
            Versions.etag(ctx, view.sale().version());
            Json.write(ctx, 200, SaleJson.sale(view, clock.instant(), receiptUrl, actor.role() != Role.CASHIER));
        });
        api.delete(SALE, this::delete);
        api.patch(SALE, this::update);
        api.post(SALE + "complete/", this::complete);
        api.post(SALE + "abandon/", this::abandon);
        api.post(SALE + "toggle_sale_type/", this::toggle);
        api.post(SALE + "update_customer/", this::updateCustomer);
        api.patch(SALE + "update_customer/", this::updateCustomer);
        api.post(SALE + "record_payment/", this::recordPayment);
        api.get(SALE + "payments/", this::payments);
    }

    private void sale(Context ctx, int status, SaleView view) {
        Versions.etag(ctx, view.sale().version());
        Json.write(ctx, status, SaleJson.sale(view, clock.instant(), receiptUrl));
    }

    /** {@code POST /sales/}; {@code status} is read by hand: only DRAFT (or nothing) is accepted. */
    @BodyRecord(byHand = "status")
    public record SaleCreateRequest(@BodyField(required = true) UUID storefront, Optional<UUID> customer,
                                    Optional<SaleType> type, Optional<PaymentType> paymentType,
                                    @BodyField(max = NOTES_MAX) Optional<String> notes) {
    }

    private void create(Context ctx, Actor actor) {
        JsonBody body = JsonBody.of(ctx);
        var request = BodyBinder.bind(body, SaleCreateRequest.class);
        body.enumValue("status", SaleStatus.class).filter(s -> s != SaleStatus.DRAFT)
                .ifPresent(s -> body.problem("status", "A new sale is always DRAFT."));
        body.validate();
        SaleView view = uc.create().create(actor, new CreateSaleUseCase.Command(StorefrontId.of(request.storefront()),
                request.customer().map(CustomerId::of), request.type().orElse(SaleType.RETAIL),
                request.paymentType().orElse(PaymentType.CASH), request.notes().orElse("")));
        sale(ctx, 201, view);
    }

    private void list(Context ctx, Actor actor) {
        var query = SaleFilterParams.of(ctx).criteria(() -> businessZone.apply(actor), actor.userId(), clock);
        PageRequest page = Paging.request(ctx);
        Page<SaleView> sales = uc.list().list(actor, query, page);
        var now = clock.instant();
        Paging.write(ctx, sales.map(v -> SaleJson.sale(v, now, receiptUrl)));
    }

    /** {@code PATCH /sales/{id}/}. */
    public record SaleUpdateRequest(Optional<Money> discountAmount, Optional<Money> taxAmount,
                                    @BodyField(max = NOTES_MAX) Optional<String> notes,
                                    Optional<PaymentType> paymentType) {
    }

    private void update(Context ctx, Actor actor) {
        var changes = Inputs.read(ctx, SaleUpdateRequest.class, r -> new UpdateSaleUseCase.Changes(r.discountAmount(),
                r.taxAmount(), r.notes(), r.paymentType()));
        sale(ctx, 200, uc.update().update(actor, new UpdateSaleUseCase.Command(saleId(ctx), Versions.ifMatch(ctx), changes)));
    }

    /** {@code GET /sales/{id}/payments/}: the sale's payments, oldest first, as a page (compat.md E15). */
    private void payments(Context ctx, Actor actor) {
        SaleId id = saleId(ctx);
        PageRequest page = Paging.request(ctx);
        SaleView view = uc.get().get(actor, id);
        List<SaleJson.PaymentHistoryBody> all = view.sale().payments().stream()
                .map(p -> SaleJson.PaymentHistoryBody.of(SaleJson.payment(view.sale(), p))).toList();
        writePage(ctx, all, page);
    }

    /**
     * {@code POST /sales/{id}/complete/}. The payments are bound one by one: with {@code payment_type} CREDIT, the
     * old frontend's {@code CREDIT} tender is dropped unread (no money taken, compat.md E12).
     */
    public record CompleteSaleRequest(Optional<PaymentType> paymentType,
                                      @BodyField(max = 50) Optional<List<JsonBody>> payments,
                                      Optional<Money> discountAmount, Optional<Money> taxAmount,
                                      @BodyField(max = NOTES_MAX) Optional<String> notes, Optional<UUID> session) {

        /** One payment of a checkout. */
        public record Tender(@BodyField(required = true, nonZero = true) Money amountPaid,
                             @BodyField(required = true, byHandValues = "CREDIT") PaymentMethod paymentMethod,
                             Optional<String> reference) {
        }
    }

    private void complete(Context ctx, Actor actor) {
        var checkout = Inputs.read(ctx, body -> {
            var request = BodyBinder.bind(body, CompleteSaleRequest.class);
            List<Tender> tenders = new ArrayList<>();
            List<JsonBody> items = request.payments().orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                JsonBody item = items.get(i);
                if (request.paymentType().orElse(null) == PaymentType.CREDIT && item.raw("payment_method")
                        .filter(m -> m.isTextual() && m.textValue().equals("CREDIT")).isPresent()) {
                    continue; // the old frontend's "on credit" tender: no money taken (compat.md E12)
                }
                var tender = BodyBinder.bind(item, CompleteSaleRequest.Tender.class);
                body.absorb("payments", i, item);
                if (item.errors().isEmpty()) {
                    tenders.add(new Tender(tender.amountPaid(), tender.paymentMethod(), tender.reference().orElse("")));
                }
            }
            body.validate();
            return new CompleteSaleUseCase.Checkout(request.paymentType(), tenders, request.discountAmount(),
                    request.taxAmount(), request.notes(), request.session());
        });
        SaleView completed = uc.complete().complete(actor,
                new CompleteSaleUseCase.Command(saleId(ctx), Versions.ifMatch(ctx), checkout));
        ctx.attribute(io.salescore.adapter.http.ops.HttpMetrics.CHECKOUT_STATUS, completed.sale().status().name());
        sale(ctx, 200, completed);
    }

    private void abandon(Context ctx, Actor actor) {
        var result = uc.abandon().abandon(actor, saleId(ctx), Versions.ifMatch(ctx), noFields(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", result.alreadyCancelled() ? "Sale was already cancelled; nothing to release."
                : "Sale cancelled and reservations released.");
        body.put("sale", SaleJson.sale(result.sale(), clock.instant(), receiptUrl));
        body.put("released", SaleJson.released(result.sale().sale(), result.released()));
        Versions.etag(ctx, result.sale().sale().version());
        Json.ok(ctx, body);
    }

    /** DELETE of a sale: a DRAFT is abandoned, a CANCELLED one is a safe repeat; anything else is refused (400). */
    private void delete(Context ctx, Actor actor) {
        var result = uc.abandon().abandon(actor, saleId(ctx), Versions.ifMatch(ctx), noFields(ctx));
        Versions.etag(ctx, result.sale().sale().version());
        ctx.status(204);
    }

    /** {@code POST /sales/{id}/toggle_sale_type/}. */
    public record ToggleSaleTypeRequest(@BodyField(required = true) SaleType type) {
    }

    private void toggle(Context ctx, Actor actor) {
        var type = Inputs.read(ctx, ToggleSaleTypeRequest.class, ToggleSaleTypeRequest::type);
        var result = uc.toggle().toggle(actor, new ToggleSaleTypeUseCase.Command(saleId(ctx), Versions.ifMatch(ctx), type));
        SaleView view = result.sale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", result.changed() ? "Sale type changed to " + view.sale().type().name()
                : "Sale type is already " + view.sale().type().name());
        body.put("sale", SaleJson.sale(view, clock.instant(), receiptUrl));
        body.put("updated_items", result.updated().stream().map(r -> Map.of("sale_item", r.lineId().value(),
                "product_name", r.productName(), "old_price", r.oldPrice().toString(),
                "new_price", r.newPrice().toString())).toList());
        Versions.etag(ctx, view.sale().version());
        Json.ok(ctx, body);
    }

    private void updateCustomer(Context ctx, Actor actor) {
        var customer = Inputs.read(ctx, body -> {
            var raw = body.raw("customer").filter(n -> !n.isNull());
            if (raw.isEmpty() || (raw.get().isTextual() && raw.get().textValue().isEmpty())) {
                throw new ValidationException("customer field is required", "",
                        Map.of("customer", List.of("This field is required.")),
                        Map.of("message", "Please provide a customer UUID in the request body",
                                "example", Map.of("customer", "uuid-of-customer")));
            }
            if (!raw.get().isTextual() || !Params.isUuid(raw.get().textValue())) {
                throw new ValidationException("Invalid customer ID format", "",
                        Map.of("customer", List.of("Must be a valid UUID.")),
                        Map.of("message", "Customer ID must be a valid UUID"));
            }
            return CustomerId.of(raw.get().textValue());
        });
        var result = uc.updateCustomer().update(actor,
                new UpdateSaleCustomerUseCase.Command(saleId(ctx), Versions.ifMatch(ctx), customer));
        // The sale's keys at the top level (the old frontend) plus the seed's wrapper (compat.md E11).
        SaleJson.SaleBody sale = SaleJson.sale(result.sale(), clock.instant(), receiptUrl);
        var body = new SaleJson.UpdateCustomerBody(sale,
                result.changed() ? "Customer updated successfully to " + result.newCustomer()
                        : "Customer is already " + result.newCustomer(),
                result.previousCustomer(), result.newCustomer(), sale);
        Versions.etag(ctx, result.sale().sale().version());
        Json.ok(ctx, body);
    }

    /**
     * {@code POST /sales/{id}/record_payment/}: the old frontend's {@code amount} and {@code reference_number} stand
     * in for absent canonical names (compat.md E16); {@code notes} is ignored.
     */
    @BodyRecord(ignored = "notes")
    public record RecordPaymentRequest(@BodyField(required = true, nonZero = true, alias = "amount") Money amountPaid,
                                       @BodyField(required = true) PaymentMethod paymentMethod,
                                       @BodyField(alias = "reference_number") Optional<String> reference,
                                       Optional<UUID> session) {
    }

    private void recordPayment(Context ctx, Actor actor) {
        var session = new java.util.concurrent.atomic.AtomicReference<Optional<UUID>>(Optional.empty());
        var payment = Inputs.read(ctx, body -> {
            var request = BodyBinder.bind(body, RecordPaymentRequest.class);
            session.set(request.session());
            body.validate();
            return new Tender(request.amountPaid(), request.paymentMethod(), request.reference().orElse(""));
        });
        var result = uc.recordPayment().record(actor,
                new RecordPaymentUseCase.Command(saleId(ctx), Versions.ifMatch(ctx), payment, session.get()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Payment of " + result.payment().amount() + " recorded; "
                + result.sale().sale().amountDue() + " still due.");
        body.put("payment", SaleJson.payment(result.sale().sale(), result.payment()));
        body.put("sale", SaleJson.sale(result.sale(), clock.instant(), receiptUrl));
        Versions.etag(ctx, result.sale().sale().version());
        Json.ok(ctx, body);
    }
}
