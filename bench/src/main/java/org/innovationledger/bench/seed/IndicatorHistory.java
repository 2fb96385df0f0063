package org.innovationledger.bench.seed;

import org.innovationledger.kernel.indicator.IndicatorDefined;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.IndicatorValueSubmitted;
import org.innovationledger.kernel.indicator.ReportingPeriodClosed;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodOpened;
import org.innovationledger.kernel.indicator.Threshold;
import org.innovationledger.kernel.indicator.ThresholdComparison;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A region's two follow-up indicators (as Region Stockholm decided its own) and one reporting period per indicator
 * and year: opened for the care units, one value per unit, closed. The events DefineIndicator, OpenReportingPeriod,
 * SubmitIndicatorValue and CloseReportingPeriod would record.
 */
final class IndicatorHistory {

    static final int INDICATORS = 2;

    private static final IndicatorDefinition INNOVATION_PLAN = new IndicatorDefinition(
            "Har enheten en aktuell plan för innovationsarbetet?", IndicatorKind.BOOLEAN_SHARE, "andel enheter",
            "Regionstyrelsens beslut om uppföljning av innovationsarbetet", List.of(), null, null);
    private static final IndicatorDefinition RUNNING_INITIATIVES = new IndicatorDefinition(
            "Antal pågående innovationsinitiativ vid årets slut", IndicatorKind.COUNT, "initiativ",
            "Regionstyrelsens beslut om uppföljning av innovationsarbetet", List.of(),
            new Threshold(BigDecimal.ONE, ThresholdComparison.AT_OR_ABOVE),
            "Räknas per klinik; initiativ som delas räknas hos ägaren");

    private final EventRecorder recorder;
    private final Random random;

    IndicatorHistory(EventRecorder recorder, Random random) {
        this.recorder = recorder;
        this.random = random;
    }

    void define(Region region) {
        Caller caller = Caller.manager(region, "Uppföljning enligt regionstyrelsens beslut",
                region.diaryNumber(2015, 88));
        recorder.command("Indicator", indicator(region, 0).value(), caller, "indicators-" + region.tenant(),
                new IndicatorDefined(indicator(region, 0), region.tenantId(), 1, INNOVATION_PLAN));
        recorder.command("Indicator", indicator(region, 1).value(), caller, "indicators-" + region.tenant(),
                new IndicatorDefined(indicator(region, 1), region.tenantId(), 1, RUNNING_INITIATIVES));
    }

    /** One year's report of one indicator: the period and its events, on consecutive days at the turn of year. */
    void report(Region region, int index, int year) {
        IndicatorId indicator = indicator(region, index);
        IndicatorDefinition definition = index == 0 ? INNOVATION_PLAN : RUNNING_INITIATIVES;
        ReportingPeriodId period = ReportingPeriodId.forIndicatorAndYear(region.tenantId(), indicator, year);
        Caller caller = Caller.manager(region, "Årlig uppföljning " + year, region.diaryNumber(year, 400 + index));
        String story = "report-" + period.value();
        LocalDate today = recorder.clock().today();
        recorder.command("ReportingPeriod", period.value(), caller, story,
                new ReportingPeriodOpened(period, region.tenantId(), indicator, 1, definition, year,
                        List.copyOf(region.careUnits), today, today.plusDays(30)));
        for (OrganisationUnitId unit : region.careUnits) {
            IndicatorValue value = index == 0 ? IndicatorValue.of(random.nextInt(10) < 8)
                    : IndicatorValue.of(BigDecimal.valueOf(random.nextInt(12)));
            recorder.command("ReportingPeriod", period.value(), caller, story,
                    new IndicatorValueSubmitted(period, unit, value, recorder.clock().today(), false, null));
        }
        recorder.command("ReportingPeriod", period.value(), caller, story,
                new ReportingPeriodClosed(period, recorder.clock().today()));
    }

    /** Events one year's reports of one region add. */
    static int eventsPerRegionYear() {
        return INDICATORS * (2 + RegionHistory.HOSPITALS * RegionHistory.CLINICS_PER_HOSPITAL);
    }

    private static IndicatorId indicator(Region region, int index) {
        return IndicatorId.of("indicator-" + region.tenant() + "-" + (index + 1));
    }
}
