package io.salescore.domain.sale;

import io.salescore.domain.shared.SaleItemId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines a change left added, changed and removed, net, as the sale now has them: what a repository writes
 * besides the header. A line added and changed is added with its new terms; a line added and removed is not
 * written; a line changed (or re-priced by a type change) and then removed is only removed.
 */
public record LineChanges(List<SaleLine> added, List<SaleLine> changed, List<SaleItemId> removed) {

    public LineChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** The net line changes of {@code events}, which {@code sale} recorded. */
    public static LineChanges of(Sale sale, List<SaleEvent> events) {
        Set<SaleItemId> added = new LinkedHashSet<>();
        Set<SaleItemId> changed = new LinkedHashSet<>();
        Set<SaleItemId> removed = new LinkedHashSet<>();
        for (SaleEvent event : events) {
            if (event instanceof SaleEvent.LineAdded e) {
                added.add(e.line().id());
            } else if (event instanceof SaleEvent.LineChanged e) {
                changedLine(e.after().id(), added, changed);
            } else if (event instanceof SaleEvent.TypeChanged e) {
                e.repriced().forEach(r -> changedLine(r.lineId(), added, changed));
            } else if (event instanceof SaleEvent.LineRemoved e) {
                SaleItemId id = e.line().id();
                if (!added.remove(id)) {
                    changed.remove(id);
                    removed.add(id);
                }
            }
        }
        List<SaleLine> addedLines = new ArrayList<>();
        added.forEach(id -> addedLines.add(sale.line(id)));
        List<SaleLine> changedLines = new ArrayList<>();
        changed.forEach(id -> changedLines.add(sale.line(id)));
        return new LineChanges(addedLines, changedLines, new ArrayList<>(removed));
    }

    private static void changedLine(SaleItemId id, Set<SaleItemId> added, Set<SaleItemId> changed) {
        if (!added.contains(id)) {
            changed.add(id);
        }
    }
}
