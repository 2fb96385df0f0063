package org.innovationledger.command.indicator;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.command.AggregateVersion;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.indicator.IndicatorCatalogue.KnownIndicator;
import org.innovationledger.command.infra.LedgerCalendar;
import org.innovationledger.command.organisation.OrganisationUnitDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.RuleViolation;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.CloseReportingPeriod;
import org.innovationledger.kernel.indicator.CorrectIndicatorValue;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.IndicatorValueCorrected;
import org.innovationledger.kernel.indicator.IndicatorValueSubmitted;
import org.innovationledger.kernel.indicator.NonResponseRecorded;
import org.innovationledger.kernel.indicator.OpenReportingPeriod;
import org.innovationledger.kernel.indicator.RecordNonResponse;
import org.innovationledger.kernel.indicator.ReportingPeriodClosed;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodOpened;
import org.innovationledger.kernel.indicator.SubmitIndicatorValue;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One year's reporting of one indicator over a population of the region's units (Region Stockholm's 23 boards and
 * companies): each unit reports once, on time or late, corrects its value by a compensating event, or is recorded
 * as not responding; once closed the period's figures are final. The period asks the indicator version it was
 * opened with, whose definition it carries.
 * <p>
 * A region has one period per indicator and year: the period's id is derived from the three, so the check reads
 * one stream and two openings racing for the same year collide on the event store's unique key.
 * <p>
 * A value that does not suit the indicator (a number for a yes/no indicator, a score outside 1-5, a negative or
 * fractional count) is the client's wrong input: 400, with its own rule code, like any wrong value. Every other
 * refusal is 409 (a rule), 404 (another region's period) or 412 (a stale If-Match).
 */
@Aggregate
public class ReportingPeriod {

    @AggregateIdentifier
    private String periodId;
    private TenantId tenant;
    private IndicatorDefinition definition;
    private final Set<OrganisationUnitId> population = new LinkedHashSet<>();
    private LocalDate opensOn;
    private LocalDate dueOn;
    /** Null while open. */
    private LocalDate closedOn;
    /** The value that counts per unit that reported, and the day it was first submitted. */
    private final Map<OrganisationUnitId, Reported> reported = new HashMap<>();
    private final Set<OrganisationUnitId> nonResponses = new HashSet<>();
    /** The latest day anything was reported, corrected or recorded in the period. */
    private LocalDate lastActivityOn;

    /** A unit's value that counts, and when it was submitted. */
    private record Reported(IndicatorValue value, LocalDate submittedOn) {
    }

    protected ReportingPeriod() {
        // for Axon: rebuilt from its events
    }

    /** The command's result is the period's id. */
    @CommandHandler
    public ReportingPeriod(OpenReportingPeriod command, @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                           IndicatorCatalogue indicators, OrganisationUnitDirectory units, ReportingPeriods periods) {
        TenantId owner = TenantId.of(tenant);
        KnownIndicator indicator = requireIndicator(command, owner, indicators);
        ReportingPeriodId id = ReportingPeriodId.forIndicatorAndYear(owner, command.indicatorId(), command.year());
        requireNoPeriodForTheYear(command, id, periods);
        requirePopulationInTenant(command, owner, units);
        apply(new ReportingPeriodOpened(id, owner, command.indicatorId(), indicator.version(),
                indicator.definition(), command.year(), command.population(), command.opensOn(), command.dueOn()));
    }

    @CommandHandler
    public long handle(SubmitIndicatorValue command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       LedgerCalendar calendar) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireOpen();
        requireInPopulation(command.unitId());
        requireNotReported(command.unitId());
        requireFitsIndicator(command.value());
        requireNotBeforeOpening(command.submittedOn(), "SUBMISSION_BEFORE_OPENING", "a value");
        requireNotAhead(command.submittedOn(), calendar);
        apply(new IndicatorValueSubmitted(command.periodId(), command.unitId(), command.value(),
                command.submittedOn(), command.submittedOn().isAfter(dueOn), command.comment()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CorrectIndicatorValue command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       LedgerCalendar calendar) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireOpen();
        requireInPopulation(command.unitId());
        Reported current = requireReported(command.unitId());
        requireFitsIndicator(command.correctedValue());
        requireValueChanges(command.unitId(), current, command.correctedValue());
        requireCorrectedAfterSubmission(command.unitId(), current, command.correctedOn());
        requireNotAhead(command.correctedOn(), calendar);
        apply(new IndicatorValueCorrected(command.periodId(), command.unitId(), current.value(),
                command.correctedValue(), command.correctedOn(), command.comment()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordNonResponse command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       LedgerCalendar calendar) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireOpen();
        requireInPopulation(command.unitId());
        if (reported.containsKey(command.unitId())) {
            throw new RuleViolationException("UNIT_HAS_SUBMITTED", "unit " + command.unitId() + " reported its value"
                    + " on " + reported.get(command.unitId()).submittedOn() + ": it cannot be recorded as not responding");
        }
        if (nonResponses.contains(command.unitId())) {
            throw new RuleViolationException("NON_RESPONSE_ALREADY_RECORDED", "unit " + command.unitId()
                    + " is already recorded as not responding in period " + periodId);
        }
        requireNotBeforeOpening(command.recordedOn(), "NON_RESPONSE_BEFORE_OPENING", "a non-response");
        requireNotAhead(command.recordedOn(), calendar);
        apply(new NonResponseRecorded(command.periodId(), command.unitId(), command.reason(), command.recordedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CloseReportingPeriod command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       LedgerCalendar calendar) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        if (closedOn != null) {
            throw new RuleViolationException("PERIOD_ALREADY_CLOSED", "period " + periodId + " was closed on "
                    + closedOn);
        }
        if (command.closedOn().isBefore(opensOn)) {
            throw new RuleViolationException("CLOSURE_BEFORE_OPENING", "period " + periodId + " opens on " + opensOn
                    + ": it cannot close on " + command.closedOn());
        }
        if (lastActivityOn != null && command.closedOn().isBefore(lastActivityOn)) {
            throw new RuleViolationException("CLOSURE_BEFORE_LAST_REPORT", "period " + periodId + " took a report on "
                    + lastActivityOn + ": it cannot have closed on " + command.closedOn());
        }
        requireNotAhead(command.closedOn(), calendar);
        apply(new ReportingPeriodClosed(command.periodId(), command.closedOn()));
        return AggregateLifecycle.getVersion();
    }

    // ---- the opening's rules ----

    /** The indicator (and the version asked, if one is) must be in the caller's region's catalogue. */
    private static KnownIndicator requireIndicator(OpenReportingPeriod command, TenantId tenant,
                                                   IndicatorCatalogue indicators) {
        return indicators.find(tenant, command.indicatorId(), command.indicatorVersion()).orElseThrow(() ->
                indicators.exists(tenant, command.indicatorId())
                        ? new RuleViolationException("INDICATOR_VERSION_UNKNOWN", "indicator " + command.indicatorId()
                        + " has no version " + command.indicatorVersion())
                        : new RuleViolationException("INDICATOR_NOT_DEFINED", "indicator " + command.indicatorId()
                        + " is not in this region's catalogue"));
    }

    /** One period per indicator and year in a region: its id is taken once it was opened. */
    private static void requireNoPeriodForTheYear(OpenReportingPeriod command, ReportingPeriodId id,
                                                  ReportingPeriods periods) {
        if (periods.exists(id)) {
            throw new RuleViolationException("REPORTING_PERIOD_EXISTS", "indicator " + command.indicatorId()
                    + " already has a reporting period for " + command.year() + " in this region: " + id);
        }
    }

    private static void requirePopulationInTenant(OpenReportingPeriod command, TenantId tenant,
                                                  OrganisationUnitDirectory units) {
        for (OrganisationUnitId unit : command.population()) {
            if (units.find(unit).filter(known -> known.tenant().equals(tenant)).isEmpty()) {
                throw new RuleViolationException("POPULATION_UNIT_UNKNOWN",
                        "organisation unit " + unit + " of the population is not registered in this region");
            }
        }
    }

    // ---- the rules of reporting ----

    private void requireSameTenant(String callerTenant) {
        if (!tenant.value().equals(callerTenant)) {
            throw RuleViolationException.unknown("reporting period", periodId);
        }
    }

    private void requireOpen() {
        if (closedOn != null) {
            throw new RuleViolationException("PERIOD_CLOSED", "period " + periodId + " closed on " + closedOn
                    + ": its figures are final");
        }
    }

    private void requireInPopulation(OrganisationUnitId unit) {
        if (!population.contains(unit)) {
            throw new RuleViolationException("UNIT_OUTSIDE_POPULATION", "A submission from a unit outside the"
                    + " population: unit " + unit + " is not one of the " + population.size()
                    + " units period " + periodId + " was opened for");
        }
    }

    private void requireNotReported(OrganisationUnitId unit) {
        Reported earlier = reported.get(unit);
        if (earlier != null) {
            throw new RuleViolationException("VALUE_ALREADY_SUBMITTED", "unit " + unit + " reported "
                    + earlier.value() + " on " + earlier.submittedOn() + ": correct the value instead");
        }
    }

    private Reported requireReported(OrganisationUnitId unit) {
        Reported current = reported.get(unit);
        if (current == null) {
            throw new RuleViolationException("VALUE_NOT_SUBMITTED", "unit " + unit + " has reported no value in"
                    + " period " + periodId + ": there is nothing to correct");
        }
        return current;
    }

    private static void requireValueChanges(OrganisationUnitId unit, Reported current, IndicatorValue corrected) {
        if (current.value().equals(corrected)) {
            throw new RuleViolationException("VALUE_UNCHANGED", "unit " + unit + "'s value is already "
                    + corrected);
        }
    }

    private static void requireCorrectedAfterSubmission(OrganisationUnitId unit, Reported current, LocalDate on) {
        if (on.isBefore(current.submittedOn())) {
            throw new RuleViolationException("CORRECTION_BEFORE_SUBMISSION", "unit " + unit + " submitted its"
                    + " value on " + current.submittedOn() + ": it cannot have been corrected on " + on);
        }
    }

    private void requireNotBeforeOpening(LocalDate on, String rule, String what) {
        if (on.isBefore(opensOn)) {
            throw new RuleViolationException(rule, "period " + periodId + " opens on " + opensOn + ": " + what
                    + " cannot be dated " + on);
        }
    }

    /** Nothing is reported ahead of time: a date after today has not happened yet. */
    private static void requireNotAhead(LocalDate on, LedgerCalendar calendar) {
        if (on.isAfter(calendar.today())) {
            throw new RuleViolationException("DATE_IN_FUTURE", on + " lies after today (" + calendar.today()
                    + "): a report is recorded when it happens");
        }
    }

    /**
     * The value must be of the indicator's kind: a yes/no answer for BOOLEAN_SHARE, a score from 1 to 5 (decimals
     * allowed) for SCALE_1_5, a whole number of zero or more for COUNT, a number for NUMBER. Wrong input: 400.
     */
    private void requireFitsIndicator(IndicatorValue value) {
        switch (definition.kind()) {
            case BOOLEAN_SHARE -> {
                if (!value.isAnswer()) {
                    throw invalid("VALUE_NOT_OF_KIND", "this indicator is answered yes or no (true or false), not "
                            + value);
                }
            }
            case SCALE_1_5 -> {
                BigDecimal score = number(value, "a score from 1 to 5");
                if (score.compareTo(IndicatorDefinition.SCALE_MIN) < 0
                        || score.compareTo(IndicatorDefinition.SCALE_MAX) > 0) {
                    throw invalid("SCORE_OUTSIDE_SCALE", "a score lies between 1 and 5 (decimals allowed), not "
                            + score.toPlainString());
                }
            }
            case COUNT -> {
                BigDecimal count = number(value, "a whole number of zero or more");
                if (count.scale() > 0 || count.signum() < 0) {
                    throw invalid("VALUE_NOT_OF_KIND", "this indicator counts: a whole number of zero or more, not "
                            + count.toPlainString());
                }
            }
            case NUMBER -> number(value, "a number");
        }
    }

    private static BigDecimal number(IndicatorValue value, String expected) {
        if (value.isAnswer()) {
            throw invalid("VALUE_NOT_OF_KIND", "this indicator is answered with " + expected + ", not " + value);
        }
        return value.number();
    }

    private static RuleViolationException invalid(String rule, String detail) {
        return new RuleViolationException(new RuleViolation(rule, detail, 400));
    }

    // ---- state ----

    @EventSourcingHandler
    void on(ReportingPeriodOpened event) {
        periodId = event.periodId().value();
        tenant = event.tenant();
        definition = event.definition();
        population.addAll(event.population());
        opensOn = event.opensOn();
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(IndicatorValueSubmitted event) {
        reported.put(event.unitId(), new Reported(event.value(), event.submittedOn()));
        nonResponses.remove(event.unitId());
        activityOn(event.submittedOn());
    }

    @EventSourcingHandler
    void on(IndicatorValueCorrected event) {
        reported.computeIfPresent(event.unitId(), (unit, earlier) -> new Reported(event.correctedValue(),
                earlier.submittedOn()));
        activityOn(event.correctedOn());
    }

    @EventSourcingHandler
    void on(NonResponseRecorded event) {
        nonResponses.add(event.unitId());
        activityOn(event.recordedOn());
    }

    @EventSourcingHandler
    void on(ReportingPeriodClosed event) {
        closedOn = event.closedOn();
    }

    private void activityOn(LocalDate on) {
        if (lastActivityOn == null || on.isAfter(lastActivityOn)) {
            lastActivityOn = on;
        }
    }
}
