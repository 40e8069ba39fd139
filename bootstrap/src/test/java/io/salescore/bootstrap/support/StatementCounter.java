package io.salescore.bootstrap.support;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records every SQL statement the application sends through Jdbi (BEGIN and COMMIT are JDBC calls, not
 * statements, so they are not counted). Used to hold endpoints to their statement budget.
 */
public final class StatementCounter implements SqlLogger {

    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean recording;

    public static StatementCounter installOn(Jdbi jdbi) {
        StatementCounter counter = new StatementCounter();
        jdbi.getConfig(SqlStatements.class).setSqlLogger(counter);
        return counter;
    }

    @Override
    public void logBeforeExecution(StatementContext context) {
        if (recording) {
            statements.add(context.getRenderedSql());
        }
    }

    /** Runs {@code action} and returns the statements it caused. Not for concurrent use. */
    public synchronized List<String> during(Runnable action) {
        statements.clear();
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        return List.copyOf(statements);
    }
}
