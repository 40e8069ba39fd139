package io.salescore.application.sale.port.out;

import io.salescore.application.sale.port.TopCustomer;
import io.salescore.application.sale.port.Day;
import io.salescore.application.sale.port.Bucket;
import io.salescore.domain.sale.SaleStatus;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * Port: the sales report figures, each an aggregate computed by the database over the sales of a
 * {@link SaleFilter} with a receipt number, selected by {@code completed_at}, and the refunds of those sales (same
 * filters) selected by their own {@code created_at} in the filter's period. No figure loads sales into memory.
 */
public interface SalesReportQuery {

    /**
     * The sums behind the summary. Sales: count, COMPLETED count, Σ total, Σ tax (line and sale level), Σ discounts
     * (line and sale level), Σ due of PARTIAL/PENDING, credit sales ({@code credit_at_completion > 0}): Σ total,
     * Σ due and the PARTIAL/PENDING count; Σ (amount_paid − change_given); Σ payments by CASH, CARD, MOBILE; Σ change;
     * Σ quantity × unit_cost of their lines. Refunds: Σ amount, Σ tax, Σ paid_out, Σ handed back by CASH, CARD,
     * MOBILE (paid_out less what went to the customer's account), Σ quantity × unit_cost of restocked lines.
     * {@code cashOnHand}: Σ over the sales of profit × the paid share of what is left of them (BE's realised profit).
     */
    record SummaryFigures(long transactions, long completed, BigDecimal totalSales, BigDecimal totalTax,
                          BigDecimal totalDiscounts, BigDecimal outstandingCredit, BigDecimal creditSales,
                          BigDecimal accountsReceivable, long unpaidCreditCount, BigDecimal kept, BigDecimal cashTaken,
                          BigDecimal cardTaken, BigDecimal mobileTaken, BigDecimal changeGiven, BigDecimal cogs,
                          BigDecimal refunds, BigDecimal refundTax, BigDecimal refundPaidOut, BigDecimal cashPaidOut,
                          BigDecimal cardPaidOut, BigDecimal mobilePaidOut, BigDecimal restockedCost,
                          BigDecimal cashOnHand) {
    }

    /**
     * One day's figures for today's stats: over the sales in {@code statuses}: count, Σ total, Σ total of credit
     * sales; over all of them: Σ (amount_paid − change_given), Σ due of PARTIAL/PENDING credit sales, PARTIAL and
     * PENDING counts, Σ paid (net of change and payouts) of credit sales; Σ paid_out of the day's refunds.
     */
    record DayFigures(long transactions, BigDecimal totalSales, BigDecimal creditTotal, BigDecimal kept,
                      BigDecimal receivable, long partial, long pending, BigDecimal creditPaid,
                      BigDecimal refundPaidOut) {
    }

    SummaryFigures summary(SaleFilter filter);

    /** Groups by {@code status}, {@code payment_type} or {@code type}; largest count (or total) first. */
    List<Bucket> breakdown(SaleFilter filter, String column, boolean byTotal);

    List<Day> dailyTrend(SaleFilter filter, ZoneId zone);

    /** Named customers (never the walk-in customer) by Σ total, largest first. */
    List<TopCustomer> topCustomers(SaleFilter filter, int limit);

    DayFigures day(SaleFilter filter, List<SaleStatus> statuses);
}
