package io.salescore.application.sale.port.out;

import io.salescore.application.sale.port.ExportRow;
import io.salescore.application.sale.port.Key;
import java.util.List;
import java.util.Optional;

/**
 * Port: the rows of a sales export, read in keyset chunks ordered by {@code (completed_at, id)} (sales with a
 * receipt number selected by {@code completed_at}), so a year of sales never loads into memory at once.
 */
public interface SalesExportQuery {

    List<ExportRow> chunk(SaleFilter filter, Optional<Key> after, int limit);
}
