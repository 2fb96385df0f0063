package org.innovationledger.query.indicator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.indicator.FetchIndicatorReport;
import org.innovationledger.kernel.indicator.FetchIndicators;
import org.innovationledger.kernel.indicator.FetchReportingPeriods;
import org.innovationledger.kernel.indicator.FindIndicator;
import org.innovationledger.kernel.indicator.FindReportingPeriod;
import org.innovationledger.kernel.indicator.IndicatorDefined;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.indicator.IndicatorRevised;
import org.innovationledger.kernel.indicator.IndicatorValueCorrected;
import org.innovationledger.kernel.indicator.IndicatorValueSubmitted;
import org.innovationledger.kernel.indicator.IndicatorView;
import org.innovationledger.kernel.indicator.NonResponseRecorded;
import org.innovationledger.kernel.indicator.ReportingPeriodClosed;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodOpened;
import org.innovationledger.kernel.indicator.ReportingPeriodSummary;
import org.innovationledger.kernel.indicator.ReportingPeriodView;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.query.indicator.ReportingPeriodDocument.CorrectionEntry;
import org.innovationledger.query.indicator.ReportingPeriodDocument.UnitEntry;
import org.innovationledger.query.infra.EventPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The region's indicator catalogue, its reporting periods with every unit's value, and the indicator report
 * counted from them at query time ({@link IndicatorReports}), so the report's figures are always those of the
 * periods' events. Keeps its own copy of the units' kinds for the breakdown by kind. Idempotent: a period's events
 * apply only above the document's aggregate sequence number, an indicator's versions only grow, and openings,
 * definitions and units are inserted only when absent.
 */
@Component
@ProcessingGroup(IndicatorProjection.GROUP)
class IndicatorProjection {

    static final String GROUP = "indicators";
    private static final Collator WORDING_ORDER = Collator.getInstance(Locale.forLanguageTag("sv"));
    private static final Sort PERIOD_ORDER = Sort.by("year", "openedAt");

    private final MongoTemplate mongo;

    IndicatorProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    // ---- the units' kinds ----

    @EventHandler
    void on(OrganisationUnitRegistered event, TrackingToken token) {
        if (mongo.findById(event.unitId().value(), IndicatorUnitDocument.class) == null) {
            mongo.insert(new IndicatorUnitDocument(event.unitId().value(), event.tenant().value(), event.kind(),
                    EventPosition.of(token)));
        }
    }

    // ---- the catalogue ----

    @EventHandler
    void on(IndicatorDefined event, TrackingToken token) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.indicatorId().value())), IndicatorDocument.class)) {
            return; // applied before: the definition is the first event of its indicator
        }
        mongo.insert(new IndicatorDocument(event.indicatorId().value(), event.tenant().value(),
                List.of(new IndicatorDocument.IndicatorVersion(event.version(), event.definition(), null)),
                EventPosition.of(token)));
    }

    @EventHandler
    void on(IndicatorRevised event, TrackingToken token) {
        IndicatorDocument indicator = mongo.findById(event.indicatorId().value(), IndicatorDocument.class);
        if (indicator == null || indicator.newestVersion() >= event.version()) {
            return; // applied before: versions only grow
        }
        mongo.save(indicator.revised(new IndicatorDocument.IndicatorVersion(event.version(), event.definition(),
                event.changeNote()), EventPosition.of(token)));
    }

    // ---- the periods ----

    @EventHandler
    void on(ReportingPeriodOpened event, @SequenceNumber long version, TrackingToken token) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.periodId().value())),
                ReportingPeriodDocument.class)) {
            return; // applied before: the opening is the first event of its period
        }
        long position = EventPosition.of(token);
        mongo.insert(new ReportingPeriodDocument(event.periodId().value(), event.tenant().value(),
                event.indicatorId().value(), event.indicatorVersion(), event.definition(), event.year(),
                event.opensOn().toString(), event.dueOn().toString(), null,
                event.population().stream().map(unit -> UnitEntry.missing(unit.value())).toList(), position, version,
                position));
    }

    @EventHandler
    void on(IndicatorValueSubmitted event, @SequenceNumber long version, TrackingToken token) {
        apply(event.periodId(), version, token, period -> period.withUnit(event.unitId().value(),
                unit -> unit.submitted(event.value(), event.submittedOn(), event.late(), event.comment())));
    }

    @EventHandler
    void on(IndicatorValueCorrected event, @SequenceNumber long version, TrackingToken token) {
        CorrectionEntry correction = CorrectionEntry.of(event.previousValue(), event.correctedValue(),
                event.correctedOn(), event.comment());
        apply(event.periodId(), version, token, period -> period.withUnit(event.unitId().value(),
                unit -> unit.corrected(correction)));
    }

    @EventHandler
    void on(NonResponseRecorded event, @SequenceNumber long version, TrackingToken token) {
        apply(event.periodId(), version, token, period -> period.withUnit(event.unitId().value(),
                unit -> unit.notResponding(event.reason(), event.recordedOn())));
    }

    @EventHandler
    void on(ReportingPeriodClosed event, @SequenceNumber long version, TrackingToken token) {
        apply(event.periodId(), version, token, period -> period.closed(event.closedOn()));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), IndicatorDocument.class);
        mongo.remove(new Query(), ReportingPeriodDocument.class);
        mongo.remove(new Query(), IndicatorUnitDocument.class);
    }

    // ---- queries: the tenant's own only ----

    @QueryHandler
    List<IndicatorView> handle(FetchIndicators query) {
        return mongo.find(Query.query(Criteria.where("tenant").is(query.tenant().value())), IndicatorDocument.class)
                .stream()
                .map(indicator -> indicator.toView(null).orElseThrow())
                .sorted(Comparator.comparing((IndicatorView v) -> v.definition().wording(), WORDING_ORDER)
                        .thenComparing(v -> v.indicatorId().value()))
                .toList();
    }

    @QueryHandler
    Optional<IndicatorView> handle(FindIndicator query) {
        return Optional.ofNullable(mongo.findById(query.indicatorId().value(), IndicatorDocument.class))
                .filter(indicator -> indicator.tenant().equals(query.tenant().value()))
                .flatMap(indicator -> indicator.toView(query.version()));
    }

    @QueryHandler
    List<ReportingPeriodSummary> handle(FetchReportingPeriods query) {
        Criteria criteria = Criteria.where("tenant").is(query.tenant().value());
        if (query.indicatorId() != null) {
            criteria = criteria.and("indicatorId").is(query.indicatorId().value());
        }
        if (query.year() != null) {
            criteria = criteria.and("year").is(query.year());
        }
        return mongo.find(Query.query(criteria).with(PERIOD_ORDER), ReportingPeriodDocument.class).stream()
                .map(ReportingPeriodDocument::toSummary).toList();
    }

    @QueryHandler
    Optional<ReportingPeriodView> handle(FindReportingPeriod query) {
        return period(query.periodId(), query.tenant().value()).map(ReportingPeriodDocument::toView);
    }

    /** A period's id is derived from region, indicator and year: the year's and the previous year's are two reads. */
    @QueryHandler
    Optional<IndicatorReport> handle(FetchIndicatorReport query) {
        String tenant = query.tenant().value();
        return period(ReportingPeriodId.forIndicatorAndYear(query.tenant(), query.indicatorId(), query.year()), tenant)
                .map(period -> {
                    ReportingPeriodDocument previous = period(ReportingPeriodId.forIndicatorAndYear(query.tenant(),
                            query.indicatorId(), query.year() - 1), tenant).orElse(null);
                    List<String> unitIds = period.entries().stream().map(UnitEntry::unitId).toList();
                    List<IndicatorUnitDocument> units = mongo.find(Query.query(Criteria.where("_id").in(unitIds)
                            .and("tenant").is(tenant)), IndicatorUnitDocument.class);
                    return IndicatorReports.of(period, previous, units);
                });
    }

    private Optional<ReportingPeriodDocument> period(ReportingPeriodId id, String tenant) {
        return Optional.ofNullable(mongo.findById(id.value(), ReportingPeriodDocument.class))
                .filter(period -> period.tenant().equals(tenant));
    }

    /**
     * Applies the change with the event's sequence number and position, unless the period has seen that event: the
     * period's own sequence orders its events exactly, the token position need not (gap fills). The replacement is
     * conditional on the version read, so a redelivery racing this one changes nothing either.
     */
    private void apply(ReportingPeriodId periodId, long version, TrackingToken token,
                       UnaryOperator<ReportingPeriodDocument> change) {
        ReportingPeriodDocument period = mongo.findById(periodId.value(), ReportingPeriodDocument.class);
        if (period == null || period.version() >= version) {
            return;
        }
        ReportingPeriodDocument changed = change.apply(period).at(version, EventPosition.of(token));
        mongo.findAndReplace(Query.query(Criteria.where("_id").is(periodId.value()).and("version")
                .is(period.version())), changed);
    }
}
