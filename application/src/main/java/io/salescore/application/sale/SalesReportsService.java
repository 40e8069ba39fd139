package io.salescore.application.sale;

import io.salescore.application.common.UnitOfWork;
import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.application.sale.port.in.SalesReportsUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.application.sale.port.out.SalesReportQuery;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.sale.SaleStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Summary and today's stats: every sum comes from the database ({@link SalesReportQuery}); only the ratios
 * (average, margin) and differences of those sums are taken here. Everyone who may sell sees them for their
 * storefronts (compat.md X4, D-1); a CASHIER without cost, profit and realised profit.
 */
public final class SalesReportsService implements SalesReportsUseCase {

    private static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final UnitOfWork tx;
    private final SalesReportQuery reports;
    private final SaleCatalog catalog;

    public SalesReportsService(UnitOfWork tx, SalesReportQuery reports, SaleCatalog catalog) {
        this.tx = tx;
        this.reports = reports;
        this.catalog = catalog;
    }

    @Override
    public Summary summary(Actor actor, SaleCriteria criteria, ZoneId zone) {
        SaleFilter filter = GetSaleService.filterFor(actor, criteria);
        boolean costs = actor.role() != Role.CASHIER;
        return tx.inTransaction(() -> {
            GetSaleService.requireStorefrontFilter(actor, criteria, catalog);
            SalesReportQuery.SummaryFigures f = reports.summary(filter);
            BigDecimal net = f.totalSales().subtract(f.refunds());
            BigDecimal cogs = f.cogs().subtract(f.restockedCost());
            // Revenue without tax, less what refunds gave back without tax, less the cost of the goods kept.
            BigDecimal profit = f.totalSales().subtract(f.totalTax()).subtract(f.refunds().subtract(f.refundTax()))
                    .subtract(cogs);
            BigDecimal margin = net.signum() == 0 ? ZERO
                    : profit.multiply(HUNDRED).divide(net, 2, RoundingMode.HALF_UP);
            return new Summary(f.totalSales(), f.refunds(), net, f.transactions(), f.completed(),
                    average(f.totalSales(), f.transactions()),
                    f.cashTaken().subtract(f.changeGiven()).subtract(f.cashPaidOut()),
                    f.cardTaken().subtract(f.cardPaidOut()), f.creditSales(),
                    f.mobileTaken().subtract(f.mobilePaidOut()), f.totalTax(), f.totalDiscounts(),
                    f.outstandingCredit(), f.refundTax(), costs ? cogs : null, costs ? profit : null,
                    costs ? margin : null, f.kept().subtract(f.refundPaidOut()), f.accountsReceivable(),
                    f.creditSales(), f.unpaidCreditCount(),
                    costs ? f.cashOnHand().setScale(2, RoundingMode.HALF_UP) : null,
                    reports.breakdown(filter, "status", false), reports.dailyTrend(filter, zone),
                    reports.topCustomers(filter, 10), reports.breakdown(filter, "payment_type", false),
                    reports.breakdown(filter, "type", false));
        });
    }

    @Override
    public DayStats todaysStats(Actor actor, DayQuery query, ZoneId zone) {
        SaleCriteria criteria = SaleCriteria.basic(List.of(), query.storefront(), Optional.empty(), Optional.empty(),
                Optional.of(query.date().atStartOfDay(zone).toInstant()),
                Optional.of(query.date().plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000)),
                Optional.empty());
        SaleFilter all = GetSaleService.filterFor(actor, criteria);
        List<SaleStatus> statuses = query.statuses().isEmpty() ? List.of(SaleStatus.COMPLETED) : query.statuses();
        SaleFilter inStatuses = GetSaleService.filterFor(actor, criteria.withStatuses(statuses));
        return tx.inTransaction(() -> {
            GetSaleService.requireStorefrontFilter(actor, criteria, catalog);
            SalesReportQuery.DayFigures d = reports.day(all, statuses);
            return new DayStats(query.date(), query.storefront(), statuses, d.transactions(), d.totalSales(),
                    average(d.totalSales(), d.transactions()), d.kept().subtract(d.refundPaidOut()), d.receivable(),
                    d.partial(), d.pending(), reports.breakdown(all, "status", false),
                    reports.breakdown(inStatuses, "payment_type", true), d.creditTotal(), d.creditPaid(),
                    d.receivable());
        });
    }

    private static BigDecimal average(BigDecimal total, long count) {
        return count == 0 ? ZERO : total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
