package org.enduse.store.sql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;

/** Conversions between column values and core values, shared by the repositories. */
final class Rows {
    private Rows() {}

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : new BigDecimal(v);
    }

    static CountryCode country(ResultSet rs, String column) throws SQLException {
        return CountryCode.ofNullable(rs.getString(column));
    }

    static PartialDate date(ResultSet rs, String column) throws SQLException {
        return PartialDate.parseNullable(rs.getString(column));
    }

    static Double dbl(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** Groups child rows by their parent key, keeping row order. */
    static <K, V> Map<K, List<V>> group(List<V> rows, Function<V, K> key) {
        Map<K, List<V>> out = new LinkedHashMap<>();
        for (V row : rows) out.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        return out;
    }
}
