package org.secretariat.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * How one value of a portable export is written and read back: a line per row, values separated by
 * tabs, {@code \N} for NULL, and backslash escapes for a backslash, tab, line feed or carriage return
 * inside text. Each column has a kind that both engines share: whole numbers, exact decimals (as
 * written, scale kept), doubles (Java's shortest exact text), booleans, text, binary (Base64), dates,
 * times and timestamps (ISO-8601, to the nanosecond).
 */
enum PortableValues {
    INT, DECIMAL, DOUBLE, BOOL, TEXT, BINARY, DATE, TIME, TIMESTAMP, TIMESTAMPTZ;

    static final String NULL = "\\N";

    /** The kind of a JDBC type, as either engine reports it. */
    static PortableValues of(int sqlType) {
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INT;
            case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> DOUBLE;
            case Types.BOOLEAN, Types.BIT -> BOOL;
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> BINARY;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMPTZ;
            default -> TEXT; // VARCHAR, CHAR, CLOB, PostgreSQL's TEXT
        };
    }

    /** The value of column {@code i} as a field (escaped; {@link #NULL} for NULL). */
    String read(ResultSet r, int i) throws SQLException {
        String text = switch (this) {
            case INT -> {
                long v = r.getLong(i);
                yield r.wasNull() ? null : Long.toString(v);
            }
            case DECIMAL -> {
                BigDecimal v = r.getBigDecimal(i);
                yield v == null ? null : v.toPlainString();
            }
            case DOUBLE -> {
                double v = r.getDouble(i);
                yield r.wasNull() ? null : Double.toString(v);
            }
            case BOOL -> {
                boolean v = r.getBoolean(i);
                yield r.wasNull() ? null : Boolean.toString(v);
            }
            case BINARY -> {
                byte[] v = r.getBytes(i);
                yield v == null ? null : Base64.getEncoder().encodeToString(v);
            }
            case DATE -> str(r.getObject(i, LocalDate.class));
            case TIME -> str(r.getObject(i, LocalTime.class));
            case TIMESTAMP -> str(r.getObject(i, LocalDateTime.class));
            case TIMESTAMPTZ -> {
                OffsetDateTime v = r.getObject(i, OffsetDateTime.class);
                yield v == null ? null : v.toInstant().toString();
            }
            case TEXT -> r.getString(i);
        };
        return text == null ? NULL : escape(text);
    }

    /** Sets parameter {@code i} from a field; {@code targetType} is the target column's JDBC type for NULL. */
    void bind(PreparedStatement p, int i, String field, int targetType) throws SQLException {
        if (NULL.equals(field)) {
            p.setNull(i, targetType);
            return;
        }
        String v = unescape(field);
        switch (this) {
            case INT -> p.setLong(i, Long.parseLong(v));
            case DECIMAL -> p.setBigDecimal(i, new BigDecimal(v));
            case DOUBLE -> p.setDouble(i, Double.parseDouble(v));
            case BOOL -> p.setBoolean(i, Boolean.parseBoolean(v));
            case BINARY -> p.setBytes(i, Base64.getDecoder().decode(v));
            case DATE -> p.setObject(i, LocalDate.parse(v));
            case TIME -> p.setObject(i, LocalTime.parse(v));
            case TIMESTAMP -> p.setObject(i, LocalDateTime.parse(v));
            case TIMESTAMPTZ -> p.setObject(i, OffsetDateTime.parse(v.endsWith("Z") ? v.replace("Z", "+00:00") : v));
            case TEXT -> p.setString(i, v);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch != '\\' || k + 1 == s.length()) {
                b.append(ch);
                continue;
            }
            char next = s.charAt(++k);
            b.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return b.toString();
    }

    /** A line's fields (split on tabs; escapes left in place). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        int from = 0;
        for (int tab; (tab = line.indexOf('\t', from)) >= 0; from = tab + 1) {
            fields.add(line.substring(from, tab));
        }
        fields.add(line.substring(from));
        return fields;
    }
}
