package org.innovationledger.query.ui.reports;

import org.innovationledger.query.ui.Language;

import java.math.BigDecimal;

/**
 * Figures written the reader's way (the pages' {@code fig}): a decimal comma in Swedish and Danish, a point in
 * English, a sign on changes. The exact value stays in the page's {@code data-value} attributes ({@link #plain}),
 * which tests and scripts read.
 */
public record Figures(Language language) {

    /** The figure as text, or null for none (the template then says "no figure"). */
    public String format(Number value) {
        if (value == null) {
            return null;
        }
        String plain = plain(value);
        return language == Language.EN ? plain : plain.replace('.', ',');
    }

    /** A change with its sign: +13,1 / −2 / ±0. */
    public String signed(Number value) {
        if (value == null) {
            return null;
        }
        int sign = new BigDecimal(plain(value)).signum();
        String figure = format(value);
        return sign > 0 ? "+" + figure : sign < 0 ? "\u2212" + figure.substring(1) : "\u00b10";
    }

    /** The exact value as the API writes it. */
    public String plain(Number value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
