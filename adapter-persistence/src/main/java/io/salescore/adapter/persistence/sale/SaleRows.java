package io.salescore.adapter.persistence.sale;

import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.LineAmounts;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PaymentId;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the rows of a sale query (one row per line, sale columns repeated, the line's newest reservation
 * beside it) into {@link SaleView}s through the aggregate's load factory.
 */
final class SaleRows {

    /** The select list of {@link #FROM}: sale, names, line, newest reservation of the line. */
    static final String COLUMNS = """
            s.business_id, s.id, s.storefront_id, s.user_id, s.customer_id, s.type, s.status, s.payment_type,
            s.discount_amount, s.tax_amount, s.notes, s.version, s.receipt_number, s.amount_paid, s.change_given,
            s.created_at, s.updated_at, s.completed_at, s.receipt_customer_name, s.receipt_customer_phone,
            s.receipt_cashier_name, s.amount_refunded, s.amount_credited, s.amount_paid_out, s.credit_at_completion,
            b.name AS business_name,
            st.name AS storefront_name, st.code AS storefront_code, u.name AS user_name, c.name AS customer_name,
            l.id AS l_id, l.product_id AS l_product_id, l.stock_product_id AS l_stock_product_id,
            l.product_name AS l_product_name, l.product_sku AS l_product_sku, l.unit AS l_unit,
            l.quantity AS l_quantity, l.unit_price AS l_unit_price, l.price_from_batch AS l_price_from_batch,
            l.discount_percentage AS l_discount_percentage, l.tax_rate AS l_tax_rate,
            l.created_at AS l_created_at, l.updated_at AS l_updated_at,
            l.refunded_quantity AS l_refunded_quantity, l.unit_cost AS l_unit_cost,
            r.id AS r_id, r.stock_product_id AS r_stock_product_id, r.quantity AS r_quantity, r.status AS r_status,
            r.expires_at AS r_expires_at, r.created_at AS r_created_at, r.released_at AS r_released_at,
            r.release_reason AS r_release_reason""";

    /** Sale with its names, lines (oldest first) and each line's newest reservation. */
    static final String FROM = """
            FROM sale s
            JOIN business b ON b.id = s.business_id
            JOIN storefront st ON st.business_id = s.business_id AND st.id = s.storefront_id
            LEFT JOIN app_user u ON u.business_id = s.business_id AND u.id = s.user_id
            JOIN customer c ON c.business_id = s.business_id AND c.id = s.customer_id
            LEFT JOIN sale_item l ON l.business_id = s.business_id AND l.sale_id = s.id
            LEFT JOIN LATERAL (
                SELECT * FROM reservation r
                WHERE r.business_id = l.business_id AND r.sale_item_id = l.id
                ORDER BY r.created_at DESC, r.id DESC LIMIT 1
            ) r ON true""";

    private SaleRows() {
    }

    /** Accumulates rows of several sales in the order they come. */
    static final class Collector {
        private final Map<UUID, Builder> sales = new LinkedHashMap<>();

        void add(ResultSet rs) throws SQLException {
            UUID id = Rows.uuid(rs, "id");
            Builder builder = sales.get(id);
            if (builder == null) {
                builder = new Builder(rs);
                sales.put(id, builder);
            }
            builder.addLine(rs);
        }

        Map<UUID, Builder> builders() {
            return sales;
        }

        List<SaleView> views(Map<UUID, List<Payment>> payments) {
            List<SaleView> views = new ArrayList<>();
            sales.forEach((id, b) -> views.add(b.build(payments.getOrDefault(id, List.of()))));
            return views;
        }
    }

    /** One sale being read. */
    static final class Builder {
        private final Sale.State state;
        private final String storefrontName;
        private final String storefrontCode;
        private final String userName;
        private final String customerName;
        private final String businessName;
        private final SaleView.Receipt receipt;
        private final List<SaleLine> lines = new ArrayList<>();
        private final Map<SaleItemId, Reservation> reservations = new LinkedHashMap<>();

        Builder(ResultSet rs) throws SQLException {
            String receiptNumber = rs.getString("receipt_number");
            state = new Sale.State(SaleId.of(Rows.uuid(rs, "id")), BusinessId.of(Rows.uuid(rs, "business_id")),
                    StorefrontId.of(Rows.uuid(rs, "storefront_id")), UserId.of(Rows.uuid(rs, "user_id")),
                    CustomerId.of(Rows.uuid(rs, "customer_id")), SaleType.valueOf(rs.getString("type")),
                    SaleStatus.valueOf(rs.getString("status")), PaymentType.valueOf(rs.getString("payment_type")),
                    new Money(rs.getBigDecimal("discount_amount")), new Money(rs.getBigDecimal("tax_amount")),
                    rs.getString("notes"), rs.getLong("version"),
                    receiptNumber == null ? null : new ReceiptNumber(receiptNumber),
                    new Money(rs.getBigDecimal("amount_paid")), new Money(rs.getBigDecimal("change_given")),
                    Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"), Rows.instant(rs, "completed_at"),
                    new Money(rs.getBigDecimal("amount_refunded")), new Money(rs.getBigDecimal("amount_credited")),
                    new Money(rs.getBigDecimal("amount_paid_out")), new Money(rs.getBigDecimal("credit_at_completion")));
            businessName = rs.getString("business_name");
            storefrontName = rs.getString("storefront_name");
            storefrontCode = rs.getString("storefront_code");
            userName = rs.getString("user_name");
            customerName = rs.getString("customer_name");
            receipt = receiptNumber == null ? null : new SaleView.Receipt(rs.getString("receipt_customer_name"),
                    rs.getString("receipt_customer_phone"), rs.getString("receipt_cashier_name"));
        }

        SaleStatus status() {
            return state.status();
        }

        /** Completed at some point (also when REFUNDED or CANCELLED since): it has payments to load. */
        boolean hasReceipt() {
            return state.receiptNumber() != null;
        }

        void addLine(ResultSet rs) throws SQLException {
            UUID lineId = Rows.uuid(rs, "l_id");
            if (lineId == null) {
                return;
            }
            UUID stockProduct = Rows.uuid(rs, "l_stock_product_id");
            Money price = new Money(rs.getBigDecimal("l_unit_price"));
            Quantity quantity = new Quantity(rs.getBigDecimal("l_quantity"));
            Percentage discount = new Percentage(rs.getBigDecimal("l_discount_percentage"));
            Percentage tax = new Percentage(rs.getBigDecimal("l_tax_rate"));
            SaleLine line = new SaleLine(SaleItemId.of(lineId), ProductId.of(Rows.uuid(rs, "l_product_id")),
                    stockProduct == null ? null : StockProductId.of(stockProduct), rs.getString("l_product_name"),
                    rs.getString("l_product_sku"), rs.getString("l_unit"), quantity, price,
                    rs.getBoolean("l_price_from_batch"), discount, tax, LineAmounts.of(price, quantity, discount, tax),
                    Rows.instant(rs, "l_created_at"), Rows.instant(rs, "l_updated_at"),
                    rs.getBigDecimal("l_refunded_quantity"), Rows.money(rs, "l_unit_cost"));
            lines.add(line);
            UUID reservationId = Rows.uuid(rs, "r_id");
            if (reservationId != null) {
                UUID rStock = Rows.uuid(rs, "r_stock_product_id");
                String reason = rs.getString("r_release_reason");
                reservations.put(line.id(), new Reservation(ReservationId.of(reservationId), state.id(), line.id(),
                        state.storefrontId(), line.productId(), rStock == null ? null : StockProductId.of(rStock),
                        new Quantity(rs.getBigDecimal("r_quantity")), ReservationStatus.valueOf(rs.getString("r_status")),
                        Rows.instant(rs, "r_expires_at"), Rows.instant(rs, "r_created_at"),
                        Rows.instant(rs, "r_released_at"), reason == null ? null : ReleaseReason.valueOf(reason)));
            }
        }

        SaleView build(List<Payment> payments) {
            return new SaleView(Sale.restore(state, lines, payments), storefrontName, storefrontCode, userName,
                    customerName, reservations, receipt, businessName);
        }
    }

    static Payment payment(ResultSet rs) throws SQLException {
        UUID processedBy = Rows.uuid(rs, "processed_by");
        return new Payment(PaymentId.of(Rows.uuid(rs, "id")), new Money(rs.getBigDecimal("amount_paid")),
                PaymentMethod.valueOf(rs.getString("payment_method")), rs.getString("reference"),
                Rows.instant(rs, "created_at"), processedBy == null ? null : UserId.of(processedBy));
    }
}
