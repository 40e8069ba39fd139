package io.salescore.adapter.http.customer;

import io.salescore.adapter.http.common.Inputs;
import io.salescore.adapter.http.common.BodyField;
import io.salescore.adapter.http.common.BodyRecord;
import io.salescore.adapter.http.common.BodyBinder;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.JsonBody;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.customer.port.in.CreateCustomerCommand;
import io.salescore.application.customer.port.in.CreateCustomerUseCase;
import io.salescore.application.customer.port.CustomerQuery;
import io.salescore.application.customer.port.in.DeactivateCustomerUseCase;
import io.salescore.application.customer.port.in.GetCustomerUseCase;
import io.salescore.application.customer.port.in.ListCustomersUseCase;
import io.salescore.application.customer.port.in.UpdateCustomerCommand;
import io.salescore.application.customer.port.in.UpdateCustomerUseCase;
import io.salescore.domain.access.Actor;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;

import java.util.List;

/**
 * {@code /sales/api/customers/}: every role reads and creates; credit fields and changes need a manager. For
 * frontends written for the old backend (compat.md E9) {@code type} is read as {@code customer_type} when that is
 * absent, and {@code business} is ignored (a customer always belongs to the caller's business).
 */
public final class CustomerRoutes implements Routes {

    private static final String LIST = "/sales/api/customers/";
    private static final String ONE = "/sales/api/customers/{id}/";
    /** The longest credit terms, in days. */
    private static final int MAX_TERMS_DAYS = 3650;
    private static final List<String> CREDIT_FIELDS = List.of("credit_limit", "credit_terms_days", "credit_blocked");

    private final ListCustomersUseCase list;
    private final GetCustomerUseCase get;
    private final CreateCustomerUseCase create;
    private final UpdateCustomerUseCase update;
    private final DeactivateCustomerUseCase deactivate;

    public CustomerRoutes(ListCustomersUseCase list, GetCustomerUseCase get, CreateCustomerUseCase create,
                          UpdateCustomerUseCase update, DeactivateCustomerUseCase deactivate) {
        this.list = list;
        this.get = get;
        this.create = create;
        this.update = update;
        this.deactivate = deactivate;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get(LIST, this::list);
        api.post(LIST, this::create);
        api.get(ONE, (ctx, actor) -> Json.ok(ctx, CustomerJson.of(get.get(actor, id(ctx)))));
        api.patch(ONE, this::update);
        api.delete(ONE, (ctx, actor) -> {
            deactivate.deactivate(actor, id(ctx));
            ctx.status(204);
        });
    }

    private static CustomerId id(Context ctx) {
        return CustomerId.of(Params.pathId(ctx, "id"));
    }

    private void list(Context ctx, Actor actor) {
        CustomerQuery query = new CustomerQuery(Params.text(ctx, "search").orElse(null),
                Params.enums(ctx, "customer_type", CustomerType.class), Params.active(ctx).flag());
        Paging.write(ctx, list.list(actor, query, Paging.request(ctx)).map(CustomerJson::of));
    }

    private void create(Context ctx, Actor actor) {
        JsonBody body = JsonBody.of(ctx);
        if (CREDIT_FIELDS.stream().anyMatch(field -> body.has(field) && !body.isNull(field))) {
            actor.requireCustomerManagement();
        }
        var f = BodyBinder.bind(body, CustomerCreateRequest.class);
        body.validate();
        var command = new CreateCustomerCommand(f.name(), f.email(), f.phone(), f.address(), f.contactPerson(),
                f.taxId(), f.notes(), f.customerType(), f.creditLimit(), f.creditTermsDays(), f.creditBlocked());
        Json.created(ctx, CustomerJson.of(create.create(actor, command)));
    }

    private void update(Context ctx, Actor actor) {
        CustomerId id = id(ctx);
        var command = Inputs.read(ctx, CustomerUpdateRequest.class, f -> new UpdateCustomerCommand(f.name(),
                f.email(), f.phone(), f.address(), f.contactPerson(), f.taxId(), f.notes(), f.customerType(),
                f.creditLimit(), f.creditTermsDays(), f.creditBlocked(), f.isActive()));
        update.checkAccess(actor, id, command);
        Json.ok(ctx, CustomerJson.of(update.update(actor, id, command.get())));
    }

    /**
     * {@code POST /customers/}: {@code type} is the old frontend's name of {@code customer_type}; its {@code
     * business} is ignored, a customer belongs to the caller's business (compat.md E9).
     */
    @BodyRecord(ignored = "business")
    public record CustomerCreateRequest(@BodyField(required = true) String name, String email, String phone,
                                        String address,
                                        @BodyField(max = Customer.CONTACT_PERSON_MAX) String contactPerson,
                                        @BodyField(max = Customer.TAX_ID_MAX) String taxId,
                                        @BodyField(max = Customer.NOTES_MAX) String notes,
                                        @BodyField(alias = "type") CustomerType customerType, Money creditLimit,
                                        @BodyField(max = MAX_TERMS_DAYS) Integer creditTermsDays,
                                        Boolean creditBlocked) {
    }

    /** {@code PATCH /customers/{id}/}: the fields of {@link CustomerCreateRequest}, none required, and is_active. */
    public record CustomerUpdateRequest(String name, String email, String phone, String address,
                                        @BodyField(max = Customer.CONTACT_PERSON_MAX) String contactPerson,
                                        @BodyField(max = Customer.TAX_ID_MAX) String taxId,
                                        @BodyField(max = Customer.NOTES_MAX) String notes,
                                        @BodyField(alias = "type") CustomerType customerType, Money creditLimit,
                                        @BodyField(max = MAX_TERMS_DAYS) Integer creditTermsDays,
                                        Boolean creditBlocked, Boolean isActive) {
    }
}
