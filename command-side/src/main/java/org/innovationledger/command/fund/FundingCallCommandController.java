package org.innovationledger.command.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.command.infra.CommandAccepted;
import org.innovationledger.command.infra.Justified;
import org.innovationledger.command.infra.LedgerCommands;
import org.innovationledger.command.infra.Versions;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.fund.ApplicationKind;
import org.innovationledger.kernel.fund.AssessFundingApplication;
import org.innovationledger.kernel.fund.CloseFundingCall;
import org.innovationledger.kernel.fund.FollowUpStatus;
import org.innovationledger.kernel.fund.FundingApplicationId;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.GrantFundingApplication;
import org.innovationledger.kernel.fund.OpenFundingCall;
import org.innovationledger.kernel.fund.Recommendation;
import org.innovationledger.kernel.fund.RejectFundingApplication;
import org.innovationledger.kernel.fund.ReportGrantFollowUp;
import org.innovationledger.kernel.fund.SubmitFundingApplication;
import org.innovationledger.kernel.initiative.InitiativeId;
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

@RestController
@RequestMapping("/api/funding-calls")
@Tag(name = "Innovation fund", description = "Funding calls (utlysningar) of a fund such as Innovationsfonden and"
        + " their applications: submitted, assessed, granted or rejected, followed up")
class FundingCallCommandController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;
    private final LedgerCommands commands;

    FundingCallCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    record OpenRequest(String fund, Integer round, Integer year, Money budget, LocalDate opensOn, LocalDate closesOn,
                       String criteria, String reason, String documentRef) implements Justified {
    }

    @PostMapping
    @Operation(summary = "Open a call of a fund for applications",
            description = "{fund, round, year, budget: {amount, currency}, opensOn, closesOn, criteria?}. Answers 201"
                    + " with the new call's id and ETag \"0\".")
    ResponseEntity<CommandAccepted> open(@RequestBody OpenRequest r) {
        FundingCallId callId = FundingCallId.generate();
        commands.send(new OpenFundingCall(callId, r.fund(), r.round(), r.year(), r.budget(), r.opensOn(),
                r.closesOn(), r.criteria()), r.why());
        return CommandAccepted.created("/api/funding-calls/" + callId, callId.value(), 0);
    }

    record ClosureRequest(LocalDate closedOn, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{callId}/closure")
    @Operation(summary = "Close the call: no more applications; its applications may now be decided")
    ResponseEntity<CommandAccepted> close(@PathVariable String callId,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody ClosureRequest r) {
        FundingCallId id = FundingCallId.of(callId);
        return commands.changed(callId, new CloseFundingCall(id, r.closedOn(), Versions.fromIfMatch(ifMatch)), r);
    }

    record SubmissionRequest(ApplicationKind kind, String title, String applicantUnitId, String initiativeId,
                             Money requested, LocalDate submittedOn, String reason, String documentRef)
            implements Justified {
    }

    @PostMapping("/{callId}/applications")
    @Operation(summary = "Submit an application to an open call",
            description = "{kind: NEW | CONTINUATION | IMPLEMENTATION, title, applicantUnitId, initiativeId?,"
                    + " requested: {amount, currency}, submittedOn}. Answers 201 with the application's id and the"
                    + " call's new version as ETag.")
    ResponseEntity<CommandAccepted> submit(@PathVariable String callId,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @RequestBody SubmissionRequest r) {
        FundingCallId id = FundingCallId.of(callId);
        FundingApplicationId applicationId = FundingApplicationId.generate();
        long version = commands.send(new SubmitFundingApplication(id, applicationId, r.kind(), r.title(),
                r.applicantUnitId() == null ? null : OrganisationUnitId.of(r.applicantUnitId()),
                r.initiativeId() == null ? null : InitiativeId.of(r.initiativeId()), r.requested(), r.submittedOn(),
                Versions.fromIfMatch(ifMatch)), r.why());
        return CommandAccepted.created("/api/funding-calls/" + callId + "/applications/" + applicationId,
                applicationId.value(), version);
    }

    record AssessmentRequest(String assessment, Integer score, Recommendation recommendation, String assessedBy,
                             LocalDate assessedOn, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{callId}/applications/{applicationId}/assessment")
    @Operation(summary = "Record the assessment group's assessment of an application",
            description = "{assessment, score? (0-100), recommendation? GRANT | REJECT, assessedBy, assessedOn}; once"
                    + " per application, before it is decided.")
    ResponseEntity<CommandAccepted> assess(@PathVariable String callId, @PathVariable String applicationId,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @RequestBody AssessmentRequest r) {
        return commands.changed(callId, new AssessFundingApplication(FundingCallId.of(callId),
                FundingApplicationId.of(applicationId), r.assessment(), r.score(), r.recommendation(), r.assessedBy(),
                r.assessedOn(), Versions.fromIfMatch(ifMatch)), r);
    }

    record GrantRequest(Money amount, LocalDate decidedOn, String reason, String documentRef) implements Justified {
    }

    @PostMapping("/{callId}/applications/{applicationId}/grant")
    @Operation(summary = "Grant an assessed application of a closed call",
            description = "{amount: {amount, currency}, decidedOn}: at most what was requested and what the call's"
                    + " budget has left (CALL_BUDGET_EXCEEDED); an application is decided once.")
    ResponseEntity<CommandAccepted> grant(@PathVariable String callId, @PathVariable String applicationId,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody GrantRequest r) {
        return commands.changed(callId, new GrantFundingApplication(FundingCallId.of(callId),
                FundingApplicationId.of(applicationId), r.amount(), r.decidedOn(), Versions.fromIfMatch(ifMatch)), r);
    }

    /** {@code rejectionReason} is told to the applicant (the event's reason); {@code reason} justifies the change. */
    record RejectionRequest(String rejectionReason, LocalDate decidedOn, String reason, String documentRef)
            implements Justified {
    }

    @PostMapping("/{callId}/applications/{applicationId}/rejection")
    @Operation(summary = "Reject an assessed application of a closed call",
            description = "{rejectionReason, decidedOn}; an application is decided once.")
    ResponseEntity<CommandAccepted> reject(@PathVariable String callId, @PathVariable String applicationId,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @RequestBody RejectionRequest r) {
        return commands.changed(callId, new RejectFundingApplication(FundingCallId.of(callId),
                FundingApplicationId.of(applicationId), r.rejectionReason(), r.decidedOn(),
                Versions.fromIfMatch(ifMatch)), r);
    }

    record FollowUpRequest(LocalDate reportedOn, String text, FollowUpStatus status, Money spent, String reason,
                           String documentRef) implements Justified {
    }

    @PostMapping("/{callId}/applications/{applicationId}/follow-ups")
    @Operation(summary = "Report a follow-up of a granted project",
            description = "{reportedOn, text, status: ON_TRACK | DELAYED | COMPLETED | DISCONTINUED, spent?"
                    + " (cumulative, at most the grant)}")
    ResponseEntity<CommandAccepted> followUp(@PathVariable String callId, @PathVariable String applicationId,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             @RequestBody FollowUpRequest r) {
        return commands.changed(callId, new ReportGrantFollowUp(FundingCallId.of(callId),
                FundingApplicationId.of(applicationId), r.reportedOn(), r.text(), r.status(), r.spent(),
                Versions.fromIfMatch(ifMatch)), r);
    }
}
