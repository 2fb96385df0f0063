package org.innovationledger.query.fund;

/**
 * Reads the fund's query parameters strictly, as the portfolio's are read: a malformed value is an
 * {@link IllegalArgumentException}, answered as a 400 problem with rule {@code INVALID_INPUT}.
 */
final class FundParams {

    private FundParams() {
    }

    static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("year must be a whole number such as 2021, got: " + value);
        }
    }
}
