package io.salescore.application.sale.port.in;

import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.shared.SaleItemId;

/** A sale after a change to one of its lines, and which line. */
public record LineResult(SaleView sale, SaleItemId line) {

    public SaleLine saleLine() {
        return sale.line(line);
    }
}
