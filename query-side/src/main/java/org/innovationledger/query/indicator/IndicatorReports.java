package org.innovationledger.query.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ResponseStatus;
import org.innovationledger.kernel.indicator.Threshold;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.query.indicator.ReportingPeriodDocument.UnitEntry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import static org.innovationledger.kernel.indicator.IndicatorReport.mean;
import static org.innovationledger.kernel.indicator.IndicatorReport.percent;

/**
 * Counts the indicator report from the periods' read models: every figure is a count or an exact sum over the units'
 * values as their events left them (the latest correction counts), so the report reconciles with the events by
 * construction. Rounding only happens in the figures reported (HALF_UP), never in between.
 */
final class IndicatorReports {

    private IndicatorReports() {
    }

    static IndicatorReport of(ReportingPeriodDocument period, ReportingPeriodDocument previous,
                              List<IndicatorUnitDocument> units) {
        Map<String, OrganisationUnitKind> kinds = new HashMap<>();
        long position = period.position();
        for (IndicatorUnitDocument unit : units) {
            kinds.put(unit.id(), unit.kind());
            position = Math.max(position, unit.position());
        }
        IndicatorDefinition definition = period.definition();
        Tally all = Tally.of(definition, period.entries());
        IndicatorReport.Responses responses = all.responses();
        IndicatorReport.Headline headline = all.headline();
        IndicatorReport.Comparison comparison = null;
        if (previous != null) {
            Tally before = Tally.of(previous.definition(), previous.entries());
            comparison = new IndicatorReport.Comparison(previous.year(), ReportingPeriodId.of(previous.id()),
                    previous.indicatorVersion(), previous.status(), before.responses(), before.headline(),
                    change(responses, headline, before.responses(), before.headline()));
            position = Math.max(position, previous.position());
        }
        return new IndicatorReport(TenantId.of(period.tenant()), IndicatorId.of(period.indicatorId()),
                period.indicatorVersion(), definition.wording(), definition.kind(), definition.unit(),
                definition.decisionReference(), period.year(), ReportingPeriodId.of(period.id()), period.status(),
                ReportingPeriodDocument.date(period.opensOn()), ReportingPeriodDocument.date(period.dueOn()),
                ReportingPeriodDocument.date(period.closedOn()), responses, headline,
                definition.kind() == IndicatorKind.BOOLEAN_SHARE ? all.share() : null,
                definition.kind() == IndicatorKind.SCALE_1_5 ? all.scale() : null,
                all.isQuantity() ? all.quantity() : null,
                byKind(definition, period.entries(), kinds), comparison, position);
    }

    /** The units of each kind in the population, kinds in their declared order (an unknown kind last). */
    private static List<IndicatorReport.KindFigures> byKind(IndicatorDefinition definition, List<UnitEntry> entries,
                                                            Map<String, OrganisationUnitKind> kinds) {
        Map<OrganisationUnitKind, List<UnitEntry>> grouped = new LinkedHashMap<>();
        entries.stream()
                .sorted(Comparator.comparing((UnitEntry unit) -> kinds.get(unit.unitId()),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(unit -> grouped.computeIfAbsent(kinds.get(unit.unitId()), k -> new ArrayList<>()).add(unit));
        List<IndicatorReport.KindFigures> figures = new ArrayList<>();
        grouped.forEach((kind, units) -> {
            Tally tally = Tally.of(definition, units);
            boolean share = definition.kind() == IndicatorKind.BOOLEAN_SHARE;
            figures.add(new IndicatorReport.KindFigures(kind, tally.population, tally.submitted, tally.nonResponses,
                    tally.missing(), share ? tally.yes : null, share ? percent(tally.yes, tally.population, 1) : null,
                    share ? null : mean(tally.sum, tally.submitted), tally.isQuantity() ? tally.sum : null));
        });
        return figures;
    }

    /** This year less the previous, of the figures as reported; null where either has none. */
    private static IndicatorReport.Change change(IndicatorReport.Responses now, IndicatorReport.Headline headline,
                                                 IndicatorReport.Responses then, IndicatorReport.Headline before) {
        return new IndicatorReport.Change(now.submitted() - then.submitted(),
                difference(now.responseRate(), then.responseRate(), BigDecimal::subtract),
                difference(headline.yes(), before.yes(), (a, b) -> a - b),
                difference(headline.share(), before.share(), BigDecimal::subtract),
                difference(headline.shareRounded(), before.shareRounded(), (a, b) -> a - b),
                difference(headline.mean(), before.mean(), BigDecimal::subtract),
                difference(headline.meetingThreshold(), before.meetingThreshold(), (a, b) -> a - b),
                difference(headline.sum(), before.sum(), BigDecimal::subtract));
    }

    private static <T> T difference(T now, T then, BinaryOperator<T> minus) {
        return now == null || then == null ? null : minus.apply(now, then);
    }

    /** Counts and exact sums over some units of a period. */
    private static final class Tally {

        private final IndicatorDefinition definition;
        private int population;
        private int submitted;
        private int late;
        private int corrected;
        private int nonResponses;
        private int yes;
        private BigDecimal sum = BigDecimal.ZERO;
        private final int[] levels = new int[IndicatorDefinition.SCALE_LEVELS];
        private int atOrAbove;
        private int above;

        private Tally(IndicatorDefinition definition) {
            this.definition = definition;
        }

        static Tally of(IndicatorDefinition definition, List<UnitEntry> units) {
            Tally tally = new Tally(definition);
            units.forEach(tally::count);
            return tally;
        }

        private void count(UnitEntry unit) {
            population++;
            ResponseStatus status = unit.status();
            if (status == ResponseStatus.NON_RESPONSE) {
                nonResponses++;
            }
            if (status != ResponseStatus.SUBMITTED) {
                return;
            }
            submitted++;
            if (unit.late()) {
                late++;
            }
            if (!unit.correctionsMade().isEmpty()) {
                corrected++;
            }
            IndicatorValue value = unit.counted();
            if (value.isAnswer()) {
                yes += value.answer() ? 1 : 0;
                return;
            }
            BigDecimal number = value.number();
            sum = sum.add(number);
            if (definition.kind() == IndicatorKind.SCALE_1_5) {
                // the whole level at or below the score: 2.6 is at level 2, 5.0 at level 5
                int level = number.setScale(0, RoundingMode.FLOOR).intValueExact();
                levels[Math.max(1, Math.min(IndicatorDefinition.SCALE_LEVELS, level)) - 1]++;
            }
            Threshold threshold = definition.threshold();
            if (threshold != null) {
                int order = number.compareTo(threshold.value());
                atOrAbove += order >= 0 ? 1 : 0;
                above += order > 0 ? 1 : 0;
            }
        }

        int missing() {
            return population - submitted - nonResponses;
        }

        boolean isQuantity() {
            return definition.kind() == IndicatorKind.COUNT || definition.kind() == IndicatorKind.NUMBER;
        }

        private Integer meetingThreshold() {
            Threshold threshold = definition.threshold();
            if (threshold == null) {
                return null;
            }
            return switch (threshold.comparison()) {
                case AT_OR_ABOVE -> atOrAbove;
                case ABOVE -> above;
            };
        }

        IndicatorReport.Responses responses() {
            return new IndicatorReport.Responses(population, submitted, late, corrected, nonResponses, missing(),
                    percent(submitted, population, 1));
        }

        IndicatorReport.Headline headline() {
            return switch (definition.kind()) {
                case BOOLEAN_SHARE -> new IndicatorReport.Headline(yes, percent(yes, population, 1),
                        rounded(yes, population), null, null, null);
                case SCALE_1_5 -> new IndicatorReport.Headline(null, null, null, mean(sum, submitted),
                        meetingThreshold(), null);
                case COUNT, NUMBER -> new IndicatorReport.Headline(null, null, null, mean(sum, submitted),
                        meetingThreshold(), sum);
            };
        }

        IndicatorReport.Share share() {
            return new IndicatorReport.Share(IndicatorReport.SHARE_OF_POPULATION, yes, submitted - yes, population,
                    percent(yes, population, 1), rounded(yes, population), percent(yes, submitted, 1));
        }

        IndicatorReport.Scale scale() {
            List<IndicatorReport.Level> distribution = new ArrayList<>();
            for (int level = 1; level <= IndicatorDefinition.SCALE_LEVELS; level++) {
                distribution.add(new IndicatorReport.Level(level, definition.levelText(level), levels[level - 1]));
            }
            boolean threshold = definition.threshold() != null;
            return new IndicatorReport.Scale(distribution, IndicatorReport.LEVEL_OF_SCORE, submitted, sum,
                    mean(sum, submitted), definition.threshold(), meetingThreshold(), threshold ? atOrAbove : null,
                    threshold ? above : null);
        }

        IndicatorReport.Quantity quantity() {
            return new IndicatorReport.Quantity(submitted, sum, mean(sum, submitted), definition.threshold(),
                    meetingThreshold());
        }

        private static Integer rounded(int part, int whole) {
            BigDecimal percent = percent(part, whole, 0);
            return percent == null ? null : percent.intValueExact();
        }
    }
}
