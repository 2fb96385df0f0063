package org.innovationledger.query.infra;

import java.math.BigDecimal;

/** One cell of an RFC 4180 CSV document, as every CSV the query side writes quotes it. */
public final class CsvCells {

    private CsvCells() {
    }

    /** Quotes a cell when it needs it; a leading formula character is neutralised (CSV injection). */
    public static String quoted(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
