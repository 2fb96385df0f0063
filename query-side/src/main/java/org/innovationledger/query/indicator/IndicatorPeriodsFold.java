package org.innovationledger.query.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.indicator.IndicatorValueCorrected;
import org.innovationledger.kernel.indicator.IndicatorValueSubmitted;
import org.innovationledger.kernel.indicator.NonResponseRecorded;
import org.innovationledger.kernel.indicator.ReportingPeriodClosed;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodOpened;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.query.indicator.ReportingPeriodDocument.CorrectionEntry;
import org.innovationledger.query.indicator.ReportingPeriodDocument.UnitEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The indicator reports of a stretch of the event stream, folded in memory: the same documents and the same counting
 * rules ({@link IndicatorReports}) as the live projection, so a report computed here as of a past position is the
 * report the live one showed then. Feed it events in stream order, each once.
 */
public final class IndicatorPeriodsFold {

    private final Map<String, ReportingPeriodDocument> periods = new HashMap<>();
    private final Map<String, IndicatorUnitDocument> units = new HashMap<>();

    /** Applies one event of the stream at its global position; events of no interest are ignored. */
    public void apply(Object payload, long position) {
        if (payload instanceof OrganisationUnitRegistered event) {
            units.putIfAbsent(event.unitId().value(), new IndicatorUnitDocument(event.unitId().value(),
                    event.tenant().value(), event.kind(), position));
        } else if (payload instanceof ReportingPeriodOpened event) {
            periods.putIfAbsent(event.periodId().value(), new ReportingPeriodDocument(event.periodId().value(),
                    event.tenant().value(), event.indicatorId().value(), event.indicatorVersion(), event.definition(),
                    event.year(), event.opensOn().toString(), event.dueOn().toString(), null,
                    event.population().stream().map(unit -> UnitEntry.missing(unit.value())).toList(), position, 0,
                    position));
        } else if (payload instanceof IndicatorValueSubmitted event) {
            change(event.periodId(), position, period -> period.withUnit(event.unitId().value(),
                    unit -> unit.submitted(event.value(), event.submittedOn(), event.late(), event.comment())));
        } else if (payload instanceof IndicatorValueCorrected event) {
            CorrectionEntry correction = CorrectionEntry.of(event.previousValue(), event.correctedValue(),
                    event.correctedOn(), event.comment());
            change(event.periodId(), position, period -> period.withUnit(event.unitId().value(),
                    unit -> unit.corrected(correction)));
        } else if (payload instanceof NonResponseRecorded event) {
            change(event.periodId(), position, period -> period.withUnit(event.unitId().value(),
                    unit -> unit.notResponding(event.reason(), event.recordedOn())));
        } else if (payload instanceof ReportingPeriodClosed event) {
            change(event.periodId(), position, period -> period.closed(event.closedOn()));
        }
    }

    /**
     * The reports of the tenant's periods of the year, each compared with its indicator's previous year, in the order
     * the periods were opened.
     */
    public List<IndicatorReport> reports(TenantId tenant, int year) {
        List<IndicatorReport> reports = new ArrayList<>();
        periods.values().stream()
                .filter(period -> period.tenant().equals(tenant.value()) && period.year() == year)
                .sorted(Comparator.comparing(ReportingPeriodDocument::openedAt))
                .forEach(period -> {
                    ReportingPeriodDocument previous = periods.get(ReportingPeriodId.forIndicatorAndYear(tenant,
                            IndicatorId.of(period.indicatorId()), year - 1)
                            .value());
                    List<IndicatorUnitDocument> population = period.entries().stream()
                            .map(unit -> units.get(unit.unitId()))
                            .filter(unit -> unit != null && unit.tenant().equals(tenant.value()))
                            .toList();
                    reports.add(IndicatorReports.of(period, previous, population));
                });
        return reports;
    }

    private void change(ReportingPeriodId periodId, long position, UnaryOperator<ReportingPeriodDocument> change) {
        ReportingPeriodDocument period = periods.get(periodId.value());
        if (period != null) {
            periods.put(periodId.value(), change.apply(period).at(period.version() + 1, position));
        }
    }
}
