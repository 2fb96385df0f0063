package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.PortfolioSort;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads query parameters strictly: a malformed value is an {@link IllegalArgumentException}, which the API answers
 * as a 400 problem with rule {@code INVALID_INPUT} (Spring's own conversion errors would carry no rule).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got: " + value);
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " must be one of "
                        + Arrays.toString(type.getEnumConstants()) + ", got: " + value));
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO date such as 2024-05-31, got: " + value);
        }
    }

    /** Null for a blank value; otherwise the value, checked by the id type's constructor. */
    public static <T> T id(String value, Function<String, T> type) {
        return value == null || value.isBlank() ? null : type.apply(value.strip());
    }

    /** The portfolio's order: {@code field} or {@code field,asc|desc}; registeredAt ascending when absent. */
    record Order(PortfolioSort sort, boolean descending) {

        static Order of(String value) {
            if (value == null || value.isBlank()) {
                return new Order(PortfolioSort.REGISTERED_AT, false);
            }
            String[] parts = value.strip().split(",", 2);
            PortfolioSort sort = PortfolioSort.ofParameter(parts[0].strip());
            if (parts.length == 1) {
                return new Order(sort, false);
            }
            return switch (parts[1].strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> new Order(sort, false);
                case "desc" -> new Order(sort, true);
                default -> throw new IllegalArgumentException("sort direction must be asc or desc, got: " + parts[1]);
            };
        }
    }
}
