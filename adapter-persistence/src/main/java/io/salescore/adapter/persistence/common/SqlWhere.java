package io.salescore.adapter.persistence.common;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The WHERE clause of a list query built from optional filters: fixed SQL fragments chosen by which filters are
 * present, values always bound (never concatenated). Also runs the page query and its count.
 */
public final class SqlWhere {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, List<UUID>> uuidArrays = new LinkedHashMap<>();

    /** A condition that always applies, with the value it binds. */
    public SqlWhere and(String clause, String name, Object value) {
        clauses.add(clause);
        values.put(name, value);
        return this;
    }

    /** A condition that applies only when {@code value} is present. */
    public SqlWhere andIf(String clause, String name, Object value) {
        return value == null ? this : and(clause, name, value);
    }

    /** {@code clause} (using {@code = ANY(:name)}) when {@code ids} is not null; an empty set matches nothing. */
    public SqlWhere andIn(String clause, String name, Collection<UUID> ids) {
        if (ids != null) {
            clauses.add(clause);
            uuidArrays.put(name, List.copyOf(ids));
        }
        return this;
    }

    /** A value the query uses outside the WHERE clause (for example {@code :now} in a join). */
    public SqlWhere bind(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    public Query bindTo(Query query) {
        values.forEach(query::bind);
        uuidArrays.forEach((name, ids) -> query.bindArray(name, UUID.class, ids));
        return query;
    }

    /**
     * {@code select + from + WHERE + orderBy} for one page, and a count over {@code from + WHERE} (skipped when the
     * first page is not full: then it is the whole list). Never a query per row.
     */
    public <T> Page<T> page(Handle handle, String select, String from, String orderBy, RowMapper<T> mapper,
                            PageRequest page) {
        List<T> items = bindTo(handle.createQuery(select + " " + from + sql() + " " + orderBy
                + " LIMIT :pageLimit OFFSET :pageOffset"))
                .bind("pageLimit", page.size())
                .bind("pageOffset", page.offset())
                .map(mapper)
                .list();
        long total = page.offset() == 0 && items.size() < page.size() ? items.size()
                : bindTo(handle.createQuery("SELECT count(*) " + from + sql())).mapTo(Long.class).one();
        return new Page<>(items, total, page);
    }

    /** A LIKE pattern that finds {@code text} anywhere, LIKE's wildcards in it taken literally. */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
