package org.integritydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The small amount of plumbing every repository shares: statements, parameters, mapping. */
final class Jdbc {
    private final Transactions transactions;

    Jdbc(Transactions transactions) {
        this.transactions = transactions;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw translate(sql, e);
        }
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long count(String sql, Object... params) {
        return queryOne(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw translate(sql, e);
        }
    }

    /** Runs one statement for each parameter row, sent to the database in batches. */
    void batch(String sql, List<Object[]> rows) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
                if (++pending == 500) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw translate(sql, e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = connection().prepareStatement(sql);
        bind(ps, params);
        return ps;
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Enum<?> e) {
                value = e.name();
            } else if (value instanceof Instant instant) {
                value = instant.atOffset(ZoneOffset.UTC);
            } else if (value instanceof UUID[] ids && !isH2(ps)) {
                value = ps.getConnection().createArrayOf("uuid", ids);
            } else if (value instanceof String[] texts && !isH2(ps)) {
                value = ps.getConnection().createArrayOf("varchar", texts);
            }
            ps.setObject(i + 1, value);
        }
    }

    /** H2 takes a Java array as its own ARRAY value; PostgreSQL needs a JDBC array of a named type. */
    private static boolean isH2(PreparedStatement ps) throws SQLException {
        return ps.getConnection().getMetaData().getURL().startsWith("jdbc:h2:");
    }

    private Connection connection() {
        return transactions.current();
    }

    /**
     * The conflict of an update or delete of {@code table}'s row {@code id} that changed nothing
     * because its version moved on: names who saved the row last and when. On PostgreSQL the row is
     * read after the other writer's commit, so that save is the one named.
     */
    VersionConflictException conflict(String table, UUID id) {
        return conflict(table, id, "id = ?", id);
    }

    /** As {@link #conflict(String, UUID)}, for a row whose key is {@code where} (e.g. "entry_year = ? AND cadre_id = ?"). */
    VersionConflictException conflict(String table, Object key, String where, Object... keyValues) {
        Optional<Object[]> last = queryOne("SELECT updated_by, updated_at FROM " + table + " WHERE " + where,
                rs -> new Object[] {rs.getString("updated_by"), instant(rs, "updated_at")}, keyValues);
        return last.map(row -> new VersionConflictException(table, key, (String) row[0], (Instant) row[1]))
                .orElseGet(() -> new VersionConflictException(table, key));
    }

    /** The engine, for the few phrases H2 and PostgreSQL spell differently. */
    Dialect dialect() {
        return transactions.dialect();
    }

    private static StoreException translate(String sql, SQLException e) {
        if (e instanceof SQLIntegrityConstraintViolationException || "23505".equals(e.getSQLState())) {
            return new DuplicateKeyException(e.getMessage(), e);
        }
        return new StoreException("database error (" + e.getSQLState() + "): " + e.getMessage(), e);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
