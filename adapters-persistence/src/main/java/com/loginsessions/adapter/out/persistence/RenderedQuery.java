package com.loginsessions.adapter.out.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.exception.DataAccessException;

/**
 * A statement built with jOOQ's DSL (so it is checked against the generated schema) and rendered to SQL once, at
 * start-up. Building and rendering a DSL tree costs more CPU than the database spends answering a primary-key
 * lookup, so the per-request statements run from the rendered text as plain JDBC prepared statements, on the
 * connection jOOQ would use (the transaction's, if one is open). Binds are given in the order the SQL uses them;
 * the constructor checks that order against the DSL's own.
 */
final class RenderedQuery {

    private final String sql;
    private final int arity;

    /**
     * @param template    the statement, built with distinct sample bind values
     * @param sampleBinds those sample values in the order {@link #fetch} will be given binds
     */
    RenderedQuery(DSLContext dsl, Query template, Object... sampleBinds) {
        List<Object> actual = template.getBindValues();
        if (!actual.equals(Arrays.asList(sampleBinds))) {
            throw new IllegalStateException("bind order of " + template + " is " + actual + ", not "
                    + Arrays.asList(sampleBinds));
        }
        this.sql = dsl.render(template);
        this.arity = sampleBinds.length;
    }

    /** Runs the statement and maps every row; SQL failures surface as jOOQ's DataAccessException, as elsewhere. */
    <T> List<T> fetch(DSLContext dsl, RowMapper<T> mapper, Object... binds) {
        if (binds.length != arity) {
            throw new IllegalArgumentException("expected " + arity + " bind values, got " + binds.length);
        }
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < binds.length; i++) {
                    statement.setObject(i + 1, binds[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return mapAll(rows, mapper);
                }
            } catch (SQLException e) {
                throw new DataAccessException("executing " + sql, e);
            }
        });
    }

    static <T> List<T> mapAll(ResultSet rows, RowMapper<T> mapper) throws SQLException {
        List<T> mapped = new ArrayList<>();
        while (rows.next()) {
            mapped.add(mapper.map(rows));
        }
        return mapped;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
