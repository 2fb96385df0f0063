package org.innovationledger.command.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.Justified;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.command.infra.Versions;
import org.innovationledger.kernel.indicator.CloseReportingPeriod;
import org.innovationledger.kernel.indicator.CorrectIndicatorValue;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.OpenReportingPeriod;
import org.innovationledger.kernel.indicator.RecordNonResponse;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.SubmitIndicatorValue;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/reporting-periods")
@Tag(name = "Indicator reporting", description = "A year's reporting of an indicator over a population of the"
        + " region's units: submissions, corrections, non-responses, closure")
class ReportingPeriodCommandController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;
    private final LedgerCommands commands;

    ReportingPeriodCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record OpenRequest(String indicatorId, Integer indicatorVersion, Integer year, List<String> population,
                       LocalDate opensOn, LocalDate dueOn, String reason, String documentRef) implements Justified {
    }

    @PostMapping
    @Operation(summary = "Open the year's reporting of an indicator over a population of the region's units",
            description = "{indicatorId, indicatorVersion? (newest when absent), year, population: [unitId, ...],"
                    + " opensOn, dueOn}. One period per indicator and year (REPORTING_PERIOD_EXISTS): its id is"
                    + " derived from region, indicator and year. Answers 201 with the period's id and ETag \"0\".")
    ResponseEntity<CommandAccepted> open(@RequestBody OpenRequest r) {
        List<OrganisationUnitId> population = r.population() == null ? null
                : r.population().stream().map(id -> id == null ? null : OrganisationUnitId.of(id)).toList();
        String id = commands.send(new OpenReportingPeriod(r.indicatorId() == null ? null
                : IndicatorId.of(r.indicatorId()), r.indicatorVersion(), r.year(), population, r.opensOn(),
                r.dueOn()), r.why());
        return CommandAccepted.created("/api/reporting-periods/" + id, id, 0);
    }

    record SubmissionRequest(String unitId, IndicatorValue value, LocalDate submittedOn, String comment,
                             String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{periodId}/submissions")
    @Operation(summary = "A unit of the population reports its value",
            description = "{unitId, value, submittedOn, comment?}: value is true/false (BOOLEAN_SHARE), 1-5 with"
                    + " decimals (SCALE_1_5), a whole number of zero or more (COUNT) or a number (NUMBER); a value of"
                    + " the wrong kind or a score outside 1-5 is 400 (VALUE_NOT_OF_KIND, SCORE_OUTSIDE_SCALE). Once"
                    + " per unit (VALUE_ALREADY_SUBMITTED: correct it instead); after dueOn it is recorded as late.")
    ResponseEntity<CommandAccepted> submit(@PathVariable String periodId,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @RequestBody SubmissionRequest r) {
        return commands.changed(periodId, new SubmitIndicatorValue(ReportingPeriodId.of(periodId), unit(r.unitId()),
                r.value(), r.submittedOn(), r.comment(), Versions.fromIfMatch(ifMatch)), r);
    }

    record CorrectionRequest(IndicatorValue correctedValue, LocalDate correctedOn, String comment, String reason,
                             String documentRef) implements Justified {
    }

    @PostMapping("/{periodId}/submissions/{unitId}/correction")
    @Operation(summary = "Correct a unit's value while the period is open",
            description = "{correctedValue, correctedOn, comment?}: a compensating event; the submitted value stays"
                    + " on record and the latest value counts.")
    ResponseEntity<CommandAccepted> correct(@PathVariable String periodId, @PathVariable String unitId,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @RequestBody CorrectionRequest r) {
        return commands.changed(periodId, new CorrectIndicatorValue(ReportingPeriodId.of(periodId), OrganisationUnitId.of(unitId),
                r.correctedValue(), r.correctedOn(), r.comment(), Versions.fromIfMatch(ifMatch)), r);
    }

    /** {@code nonResponseReason} is the fact's (why the unit did not report); {@code reason} justifies the change. */
    record NonResponseRequest(String unitId, String nonResponseReason, LocalDate recordedOn, String reason,
                              String documentRef) implements Justified {
    }

    @PostMapping("/{periodId}/non-responses")
    @Operation(summary = "Record that a unit of the population did not report",
            description = "{unitId, nonResponseReason?, recordedOn}; not for a unit that reported"
                    + " (UNIT_HAS_SUBMITTED). A unit recorded so may still report while the period is open.")
    ResponseEntity<CommandAccepted> nonResponse(@PathVariable String periodId,
                                                @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                @RequestBody NonResponseRequest r) {
        return commands.changed(periodId, new RecordNonResponse(ReportingPeriodId.of(periodId), unit(r.unitId()),
                r.nonResponseReason(), r.recordedOn(), Versions.fromIfMatch(ifMatch)), r);
    }

    record ClosureRequest(LocalDate closedOn, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{periodId}/closure")
    @Operation(summary = "Close the period: its figures are final",
            description = "{closedOn}; afterwards no submission, correction or non-response (PERIOD_CLOSED).")
    ResponseEntity<CommandAccepted> close(@PathVariable String periodId,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody ClosureRequest r) {
        return commands.changed(periodId, new CloseReportingPeriod(ReportingPeriodId.of(periodId), r.closedOn(),
                Versions.fromIfMatch(ifMatch)), r);
    }

    private static OrganisationUnitId unit(String id) {
        return id == null ? null : OrganisationUnitId.of(id);
    }
}
