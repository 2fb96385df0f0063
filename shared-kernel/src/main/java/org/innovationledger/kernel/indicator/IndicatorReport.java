package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The indicator report of one period (the innovation accounts' "systematisk innovationsförflyttning" figures),
 * counted from the period's events: a corrected value counts with its latest correction, a unit recorded as not
 * responding counts as a non-response unless it reported later, and a unit with nothing on record as missing.
 * <p>
 * Percentages are rounded HALF_UP. Shares of a BOOLEAN_SHARE indicator are of the <b>population</b>, as the source
 * writes "78% av 23 nämnder och bolag" (18 of 23); the share of the respondents is given beside it. Means are of the
 * respondents' values. Which figures are filled depends on the kind: {@code share} for BOOLEAN_SHARE, {@code scale}
 * for SCALE_1_5, {@code quantity} for COUNT and NUMBER; the others are null.
 *
 * @param indicatorVersion the version the period asks
 * @param wording          of that version
 * @param headline         the figures compared between years
 * @param byUnitKind       the same counts per kind of unit (board, company, ...), kinds in their declared order
 * @param previousYear     the period of the same indicator for {@code year - 1} and the change since; null when
 *                         the region has none
 * @param position         the highest global event position the report reflects
 */
public record IndicatorReport(TenantId tenant,
                              IndicatorId indicatorId,
                              int indicatorVersion,
                              String wording,
                              IndicatorKind kind,
                              String unit,
                              String decisionReference,
                              int year,
                              ReportingPeriodId periodId,
                              ReportingPeriodStatus status,
                              LocalDate opensOn,
                              LocalDate dueOn,
                              LocalDate closedOn,
                              Responses responses,
                              Headline headline,
                              Share share,
                              Scale scale,
                              Quantity quantity,
                              List<KindFigures> byUnitKind,
                              Comparison previousYear,
                              long position) {

    /** What the share of a BOOLEAN_SHARE indicator is a share of. */
    public static final String SHARE_OF_POPULATION = "POPULATION";
    /** How a decimal score is placed in a level: the whole level at or below it (2.6 is at level 2, 5.0 at 5). */
    public static final String LEVEL_OF_SCORE = "FLOOR";

    /** {@code part} of {@code whole} in percent with {@code decimals} decimals, HALF_UP; null when whole is 0. */
    public static BigDecimal percent(int part, int whole, int decimals) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }

    /** The mean of {@code count} values adding up to {@code sum}, with one decimal, HALF_UP; null for none. */
    public static BigDecimal mean(BigDecimal sum, int count) {
        if (count == 0) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    /**
     * Who answered. {@code population = submitted + nonResponses + missing}.
     *
     * @param late         of the submitted, those submitted after the due date
     * @param corrected    of the submitted, those whose value was corrected (the latest value counts)
     * @param responseRate submitted of the population, in percent with one decimal
     */
    public record Responses(int population,
                            int submitted,
                            int late,
                            int corrected,
                            int nonResponses,
                            int missing,
                            BigDecimal responseRate) {
    }

    /**
     * The figures compared between years; null where the kind has none.
     *
     * @param yes              BOOLEAN_SHARE: units answering yes
     * @param share            BOOLEAN_SHARE: their share of the population, one decimal
     * @param shareRounded     BOOLEAN_SHARE: the same in whole percent, as the source writes it (78 %)
     * @param mean             SCALE_1_5, COUNT, NUMBER: the respondents' mean, one decimal
     * @param meetingThreshold units meeting the indicator's threshold, when it has one
     * @param sum              COUNT, NUMBER: the respondents' values added up
     */
    public record Headline(Integer yes,
                           BigDecimal share,
                           Integer shareRounded,
                           BigDecimal mean,
                           Integer meetingThreshold,
                           BigDecimal sum) {
    }

    /**
     * A BOOLEAN_SHARE indicator's answers.
     *
     * @param of                 what the share is of: {@value #SHARE_OF_POPULATION}
     * @param population         the number the share is of
     * @param share              yes of the population, percent, one decimal (18 of 23: 78.3)
     * @param shareRounded       the same in whole percent (78)
     * @param shareOfRespondents yes of those who answered, percent, one decimal; null when nobody answered
     */
    public record Share(String of,
                        int yes,
                        int no,
                        int population,
                        BigDecimal share,
                        Integer shareRounded,
                        BigDecimal shareOfRespondents) {
    }

    /**
     * A SCALE_1_5 indicator's self-assessments.
     *
     * @param distribution       levels 1 to 5 with their text and the units whose score is at that level
     * @param levelOfScore       how decimal scores are placed in a level: {@value #LEVEL_OF_SCORE}
     * @param respondents        the scores counted
     * @param sum                the scores added up
     * @param mean               their mean, one decimal (23 scores adding up to 59.8: 2.6)
     * @param threshold          the indicator's threshold, null when it has none
     * @param meetingThreshold   units meeting it by its own comparison (ABOVE 2: "drygt nivå 2")
     * @param atOrAboveThreshold units at the threshold or above
     * @param aboveThreshold     units above the threshold
     */
    public record Scale(List<Level> distribution,
                        String levelOfScore,
                        int respondents,
                        BigDecimal sum,
                        BigDecimal mean,
                        Threshold threshold,
                        Integer meetingThreshold,
                        Integer atOrAboveThreshold,
                        Integer aboveThreshold) {
    }

    /** One level of the scale: its text (the indicator version's) and the units whose score lies in it. */
    public record Level(int level, String text, int units) {
    }

    /** A COUNT or NUMBER indicator's values; {@code mean} has one decimal, threshold figures as for the scale. */
    public record Quantity(int respondents,
                           BigDecimal sum,
                           BigDecimal mean,
                           Threshold threshold,
                           Integer meetingThreshold) {
    }

    /**
     * The figures of the units of one kind.
     *
     * @param yes   BOOLEAN_SHARE only
     * @param share BOOLEAN_SHARE only: yes of this kind's population, percent, one decimal
     * @param mean  SCALE_1_5, COUNT, NUMBER: the respondents' mean, one decimal
     * @param sum   COUNT, NUMBER
     */
    public record KindFigures(OrganisationUnitKind kind,
                              int population,
                              int submitted,
                              int nonResponses,
                              int missing,
                              Integer yes,
                              BigDecimal share,
                              BigDecimal mean,
                              BigDecimal sum) {
    }

    /**
     * The previous year's period of the same indicator and the change to this year.
     *
     * @param change this year's figure less the previous year's, of the figures as reported (so the change of a
     *               share is in percentage points with one decimal: 78.3 - 65.2 = 13.1); null where either is
     */
    public record Comparison(int year,
                             ReportingPeriodId periodId,
                             int indicatorVersion,
                             ReportingPeriodStatus status,
                             Responses responses,
                             Headline headline,
                             Change change) {
    }

    /** This year less the previous year; null where either year has no such figure. */
    public record Change(int submitted,
                         BigDecimal responseRate,
                         Integer yes,
                         BigDecimal share,
                         Integer shareRounded,
                         BigDecimal mean,
                         Integer meetingThreshold,
                         BigDecimal sum) {
    }
}
