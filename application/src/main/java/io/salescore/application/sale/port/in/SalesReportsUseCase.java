package io.salescore.application.sale.port.in;

import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.application.sale.port.TopCustomer;
import io.salescore.application.sale.port.Day;
import io.salescore.application.sale.port.Bucket;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The sales summary and today's stats (http-api.md "Reports and export", compat.md E17). */
public interface SalesReportsUseCase {

    /**
     * The summary's figures; {@code cogs}, {@code profit}, {@code profitMargin} and {@code cashOnHand} are
     * {@code null} for a CASHIER.
     */
    record Summary(BigDecimal totalSales, BigDecimal totalRefunds, BigDecimal netSales, long totalTransactions,
                   long completedTransactions, BigDecimal avgTransaction, BigDecimal cashSales, BigDecimal cardSales,
                   BigDecimal creditSales, BigDecimal mobileSales, BigDecimal totalTax, BigDecimal totalDiscounts,
                   BigDecimal outstandingCredit, BigDecimal totalTaxRefunded, BigDecimal cogs, BigDecimal profit,
                   BigDecimal profitMargin, BigDecimal cashAtHand, BigDecimal accountsReceivable,
                   BigDecimal totalCreditSales, long unpaidCreditCount, BigDecimal cashOnHand,
                   List<Bucket> statusBreakdown, List<Day> dailyTrend,
                   List<TopCustomer> topCustomers, List<Bucket> paymentBreakdown,
                   List<Bucket> typeBreakdown) {
    }

    /** today's stats for a day ({@code date}) of the business time zone. */
    record DayQuery(LocalDate date, Optional<StorefrontId> storefront, List<SaleStatus> statuses) {
    }

    record DayStats(LocalDate date, Optional<StorefrontId> storefront, List<SaleStatus> statuses, long transactions,
                    BigDecimal totalSales, BigDecimal avgTransaction, BigDecimal cashAtHand,
                    BigDecimal accountsReceivable, long partialTransactions, long pendingTransactions,
                    List<Bucket> statusBreakdown, List<Bucket> paymentBreakdown,
                    BigDecimal totalCreditSales, BigDecimal creditAmountPaid, BigDecimal creditOutstanding) {
    }

    Summary summary(Actor actor, SaleCriteria criteria, ZoneId zone);

    DayStats todaysStats(Actor actor, DayQuery query, ZoneId zone);
}
