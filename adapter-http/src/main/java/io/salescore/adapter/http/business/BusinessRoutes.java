package io.salescore.adapter.http.business;

import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.Money;
import io.salescore.adapter.http.common.BodyField;
import io.salescore.adapter.http.common.BodyBinder;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.JsonBody;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.account.port.in.RegisterCommand;
import io.salescore.application.business.port.in.BusinessSettingsUseCase;
import io.salescore.application.business.port.BusinessDetails;
import io.salescore.domain.access.Actor;
import io.salescore.domain.account.BusinessSettings;

import java.util.Optional;
import java.util.UUID;

/** {@code /accounts/api/business/}: the caller's business and the settings its cashiers' prices are held to. */
public final class BusinessRoutes implements Routes {

    private static final String PATH = "/accounts/api/business/";
    private final BusinessSettingsUseCase business;

    public BusinessRoutes(BusinessSettingsUseCase business) {
        this.business = business;
    }

    /** The answer: {@code id, name, currency, timezone} and every setting. */
    record BusinessBody(UUID id, String name, String currency, String timezone, boolean cashierPriceOverride,
                        String cashierMaxDiscountPercentage, boolean cashierMaySellWholesale, String cashierMaxPayOut,
                        int refundWindowDays, String cashRounding) {

        static BusinessBody of(BusinessDetails b) {
            BusinessSettings s = b.settings();
            return new BusinessBody(b.id().value(), b.name(), b.currency(), b.timezone(), s.cashierPriceOverride(),
                    s.cashierMaxDiscountPercentage().toString(), s.cashierMaySellWholesale(),
                    s.cashierMaxPayOut().toString(), s.refundWindowDays(), s.cashRounding().toString());
        }
    }

    @Override
    public void register(RouteRegistry api) {
        api.get(PATH, (ctx, actor) -> Json.ok(ctx, BusinessBody.of(business.get(actor))));
        api.patch(PATH, this::update);
    }

    /** {@code PATCH /business/}: every field optional; the name is stripped and may not be blank. */
    public record BusinessUpdateRequest(Optional<String> name, @BodyField(max = 3) Optional<String> currency,
                                        @BodyField(max = 64) Optional<String> timezone,
                                        Optional<Boolean> cashierPriceOverride,
                                        Optional<Percentage> cashierMaxDiscountPercentage,
                                        Optional<Boolean> cashierMaySellWholesale, Optional<Money> cashierMaxPayOut,
                                        @BodyField(max = 3650) Optional<Integer> refundWindowDays,
                                        Optional<Money> cashRounding) {
    }

    private void update(Context ctx, Actor actor) {
        JsonBody body = JsonBody.of(ctx);
        var request = BodyBinder.bind(body, BusinessUpdateRequest.class);
        Optional<String> name = request.name().map(String::strip);
        if (name.isPresent() && name.get().isEmpty()) {
            body.problem("name", "This field may not be blank.");
        }
        if (request.currency().isPresent() && !RegisterCommand.isCurrency(request.currency().get())) {
            body.problem("currency", "Must be an ISO-4217 currency code such as USD.");
        }
        if (request.timezone().isPresent() && !RegisterCommand.isZone(request.timezone().get())) {
            body.problem("timezone", "Must be an IANA time zone such as Africa/Accra.");
        }
        var changes = new BusinessSettingsUseCase.Changes(name, request.currency(), request.timezone(),
                request.cashierPriceOverride(), request.cashierMaxDiscountPercentage(),
                request.cashierMaySellWholesale(), request.cashierMaxPayOut(), request.refundWindowDays(),
                request.cashRounding());
        changes.cashRounding().filter(r -> BusinessSettings.CASH_ROUNDINGS.stream()
                        .noneMatch(step -> step.compareTo(r.amount()) == 0))
                .ifPresent(r -> body.problem("cash_rounding", "Must be 0.01, 0.05 or 0.10."));
        body.validate();
        Json.ok(ctx, BusinessBody.of(business.update(actor, changes)));
    }
}
