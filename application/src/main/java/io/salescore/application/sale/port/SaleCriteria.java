package io.salescore.application.sale.port;

import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sales filters of the old frontend (compat.md E14), parsed once at the edge and applied in SQL by the sales
 * list (on {@code created_at}), the summary, today's stats and the export (on {@code completed_at}).
 *
 * @param statuses          any of these (empty: all; the reports count only sales with a receipt number)
 * @param types             RETAIL / WHOLESALE, any of these
 * @param paymentTypes      the literal {@code payment_type}, any of these (SPLIT already read as MIXED)
 * @param paymentStatus     unpaid / partial / paid over COMPLETED, PARTIAL, PENDING and REFUNDED sales
 * @param outstanding       true: {@code amount_due > 0} and not DRAFT; false: {@code amount_due = 0}
 * @param outstandingSince  {@code days_outstanding}: PENDING or PARTIAL and completed at or before this instant
 * @param from              inclusive lower bound of the period (created or completed, by the reader)
 * @param to                inclusive upper bound of the period
 * @param search            receipt number, customer name, a line's product name or SKU (substring, any case)
 */
public record SaleCriteria(List<SaleStatus> statuses, List<SaleType> types, List<PaymentType> paymentTypes,
                           Optional<PaymentStatus> paymentStatus, Optional<Boolean> outstanding,
                           Optional<Instant> outstandingSince, Optional<BigDecimal> minAmountDue,
                           Optional<BigDecimal> maxAmountDue, Optional<BigDecimal> amountMin,
                           Optional<BigDecimal> amountMax, Optional<BigDecimal> amountAround,
                           Optional<StorefrontId> storefront, Optional<CustomerId> customer, Optional<UserId> user,
                           Optional<Instant> from, Optional<Instant> to, Optional<String> search,
                           Optional<String> receiptNumber) {

    /** {@code ?payment_status=}. */
    public enum PaymentStatus { UNPAID, PARTIAL, PAID }

    public SaleCriteria {
        statuses = List.copyOf(statuses);
        types = List.copyOf(types);
        paymentTypes = List.copyOf(paymentTypes);
    }

    /** No filter at all. */
    public static SaleCriteria none() {
        return basic(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The filters the sales list had before E14. */
    public static SaleCriteria basic(List<SaleStatus> statuses, Optional<StorefrontId> storefront,
                                     Optional<CustomerId> customer, Optional<UserId> user, Optional<Instant> from,
                                     Optional<Instant> to, Optional<String> search) {
        return new SaleCriteria(statuses, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), storefront,
                customer, user, from, to, search, Optional.empty());
    }

    /** The same filters over another period. */
    public SaleCriteria withPeriod(Optional<Instant> newFrom, Optional<Instant> newTo) {
        return new SaleCriteria(statuses, types, paymentTypes, paymentStatus, outstanding, outstandingSince,
                minAmountDue, maxAmountDue, amountMin, amountMax, amountAround, storefront, customer, user, newFrom,
                newTo, search, receiptNumber);
    }

    /** The same filters with other statuses. */
    public SaleCriteria withStatuses(List<SaleStatus> newStatuses) {
        return new SaleCriteria(newStatuses, types, paymentTypes, paymentStatus, outstanding, outstandingSince,
                minAmountDue, maxAmountDue, amountMin, amountMax, amountAround, storefront, customer, user, from, to,
                search, receiptNumber);
    }
}
