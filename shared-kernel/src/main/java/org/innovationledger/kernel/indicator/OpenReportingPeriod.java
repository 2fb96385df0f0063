package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Opens the year's reporting of an indicator over a population of the region's units, e.g. Region Stockholm's 23
 * boards and companies. The ledger gives the period its id, derived from region, indicator and year (see
 * {@link ReportingPeriodId#forIndicatorAndYear}): a region has one period per indicator and year. The command's
 * result is that id.
 *
 * @param indicatorVersion the indicator version the period asks; null for the newest
 * @param year             the year reported on (the 2021 figures are reported early in 2022)
 * @param population       the units expected to report, each once; at most {@value #MAX_POPULATION}
 * @param opensOn          from when units may report
 * @param dueOn            the last day a report is on time; later ones are recorded as late
 */
public record OpenReportingPeriod(IndicatorId indicatorId,
                                  Integer indicatorVersion,
                                  Integer year,
                                  List<OrganisationUnitId> population,
                                  LocalDate opensOn,
                                  LocalDate dueOn) {

    public static final int MAX_POPULATION = 1000;

    public OpenReportingPeriod {
        Texts.present(indicatorId, "indicatorId is required");
        if (indicatorVersion != null && indicatorVersion < 1) {
            throw new IllegalArgumentException("indicator versions start at 1, got " + indicatorVersion);
        }
        IndicatorChecks.year(year);
        Texts.present(population, "population is required");
        if (population.isEmpty() || population.size() > MAX_POPULATION) {
            throw new IllegalArgumentException("a population has 1 to " + MAX_POPULATION + " units, got "
                    + population.size());
        }
        Set<OrganisationUnitId> seen = new HashSet<>();
        for (OrganisationUnitId unit : population) {
            Texts.present(unit, "a population lists unit ids, not null");
            if (!seen.add(unit)) {
                throw new IllegalArgumentException("unit " + unit + " is listed twice in the population");
            }
        }
        population = List.copyOf(population);
        IndicatorChecks.date(opensOn, "opensOn");
        IndicatorChecks.date(dueOn, "dueOn");
        if (dueOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("dueOn (" + dueOn + ") must not lie before opensOn (" + opensOn + ")");
        }
    }
}
