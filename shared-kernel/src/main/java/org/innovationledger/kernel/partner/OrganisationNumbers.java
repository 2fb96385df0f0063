package org.innovationledger.kernel.partner;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Country codes and organisation numbers of partner organisations, checked loosely: the format only, no check
 * digit (Luhn for a Swedish organisationsnummer, modulus 11 for a Danish CVR number) and no look-up in
 * Bolagsverket's or CVR's registers. The number identifies the partner within the region's register, so it is
 * normalised to one written form; it is not proof that the organisation exists.
 */
public final class OrganisationNumbers {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SWEDISH = Pattern.compile("(\\d{6})-?(\\d{4})");
    private static final Pattern DANISH = Pattern.compile("(?:DK)?(\\d{8})");
    private static final Pattern OTHER = Pattern.compile("[A-Z0-9][A-Z0-9 ./-]{0,39}");

    private OrganisationNumbers() {
    }

    /** An ISO 3166-1 alpha-2 country code such as SE or DK, upper-cased; required. */
    public static String country(String value) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            throw new IllegalArgumentException("country must be a two-letter ISO 3166 code such as SE or DK, got: "
                    + value);
        }
        return code;
    }

    /**
     * The number in its normal form, or null when none is given: Swedish {@code NNNNNN-NNNN} (the hyphen may be
     * left out), Danish CVR eight digits (spaces and a leading DK are dropped), elsewhere up to 40 letters, digits,
     * spaces, '.', '/' or '-', upper-cased.
     */
    public static String normalise(String country, String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String given = number.strip().toUpperCase(Locale.ROOT);
        return switch (country) {
            case "SE" -> {
                var matcher = SWEDISH.matcher(given.replace(" ", ""));
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("a Swedish organisation number has ten digits, NNNNNN-NNNN,"
                            + " got: " + number);
                }
                yield matcher.group(1) + "-" + matcher.group(2);
            }
            case "DK" -> {
                var matcher = DANISH.matcher(given.replace(" ", ""));
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("a Danish CVR number has eight digits, got: " + number);
                }
                yield matcher.group(1);
            }
            default -> {
                if (!OTHER.matcher(given).matches()) {
                    throw new IllegalArgumentException("organisationNumber must be up to 40 letters, digits, spaces,"
                            + " '.', '/' or '-', got: " + number);
                }
                yield given;
            }
        };
    }
}
