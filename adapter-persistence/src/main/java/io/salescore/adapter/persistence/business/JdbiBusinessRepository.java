package io.salescore.adapter.persistence.business;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.application.business.port.BusinessDetails;
import io.salescore.application.business.port.out.BusinessRepository;
import io.salescore.domain.account.BusinessSettings;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The business row and its settings columns in PostgreSQL. */
public final class JdbiBusinessRepository implements BusinessRepository {

    private static final String SETTINGS = "cashier_price_override, cashier_max_discount_percentage, "
            + "cashier_may_sell_wholesale, cashier_max_pay_out, refund_window_days, cash_rounding";

    private static final RowMapper<BusinessSettings> SETTINGS_MAPPER = (rs, ctx) -> new BusinessSettings(
            rs.getBoolean("cashier_price_override"), new Percentage(rs.getBigDecimal("cashier_max_discount_percentage")),
            rs.getBoolean("cashier_may_sell_wholesale"), new Money(rs.getBigDecimal("cashier_max_pay_out")),
            rs.getInt("refund_window_days"), new Money(rs.getBigDecimal("cash_rounding")));

    private static final RowMapper<BusinessDetails> MAPPER = (rs, ctx) -> new BusinessDetails(
            BusinessId.of(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("currency"),
            rs.getString("timezone"), SETTINGS_MAPPER.map(rs, ctx));

    private final JdbiUnitOfWork tx;

    public JdbiBusinessRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public Optional<BusinessDetails> find(BusinessId business) {
        return select(business, "");
    }

    @Override
    public Optional<BusinessDetails> lockForUpdate(BusinessId business) {
        return select(business, " FOR UPDATE");
    }

    private Optional<BusinessDetails> select(BusinessId business, String lock) {
        return tx.handle().createQuery("SELECT id, name, currency, timezone, " + SETTINGS
                        + " FROM business WHERE id = :id" + lock)
                .bind("id", business)
                .map(MAPPER)
                .findOne();
    }

    @Override
    public BusinessSettings settings(BusinessId business) {
        return tx.handle().createQuery("SELECT " + SETTINGS + " FROM business WHERE id = :id")
                .bind("id", business)
                .map(SETTINGS_MAPPER)
                .findOne()
                .orElse(BusinessSettings.DEFAULTS);
    }

    @Override
    public void update(BusinessDetails b, Instant now) {
        BusinessSettings s = b.settings();
        tx.handle().createUpdate("""
                        UPDATE business SET name = :name, currency = :currency, timezone = :timezone,
                               cashier_price_override = :override, cashier_max_discount_percentage = :maxDiscount,
                               cashier_may_sell_wholesale = :wholesale, cashier_max_pay_out = :maxPayOut,
                               refund_window_days = :refundDays, cash_rounding = :rounding, updated_at = :now
                        WHERE id = :id""")
                .bind("id", b.id())
                .bind("name", b.name())
                .bind("currency", b.currency())
                .bind("timezone", b.timezone())
                .bind("override", s.cashierPriceOverride())
                .bind("maxDiscount", s.cashierMaxDiscountPercentage().value())
                .bind("wholesale", s.cashierMaySellWholesale())
                .bind("maxPayOut", s.cashierMaxPayOut().amount())
                .bind("refundDays", s.refundWindowDays())
                .bind("rounding", s.cashRounding().amount())
                .bind("now", now)
                .execute();
    }

    @Override
    public boolean hasSales(BusinessId business) {
        return tx.handle().createQuery("SELECT EXISTS (SELECT 1 FROM sale WHERE business_id = :b)")
                .bind("b", business)
                .mapTo(Boolean.class)
                .one();
    }
}
