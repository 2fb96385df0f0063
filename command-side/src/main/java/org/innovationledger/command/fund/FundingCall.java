package org.innovationledger.command.fund;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.command.AggregateVersion;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.initiative.InitiativeDirectory;
import org.innovationledger.command.organisation.OrganisationUnitDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.fund.AssessFundingApplication;
import org.innovationledger.kernel.fund.CloseFundingCall;
import org.innovationledger.kernel.fund.FundingApplicationAssessed;
import org.innovationledger.kernel.fund.FundingApplicationGranted;
import org.innovationledger.kernel.fund.FundingApplicationId;
import org.innovationledger.kernel.fund.FundingApplicationRejected;
import org.innovationledger.kernel.fund.FundingApplicationSubmitted;
import org.innovationledger.kernel.fund.FundingCallClosed;
import org.innovationledger.kernel.fund.FundingCallOpened;
import org.innovationledger.kernel.fund.GrantFollowUpReported;
import org.innovationledger.kernel.fund.GrantFundingApplication;
import org.innovationledger.kernel.fund.OpenFundingCall;
import org.innovationledger.kernel.fund.RejectFundingApplication;
import org.innovationledger.kernel.fund.ReportGrantFollowUp;
import org.innovationledger.kernel.fund.SubmitFundingApplication;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A call (utlysning) of a fund such as Region Stockholm's Innovationsfonden, with its applications (ansökningar)
 * as entities: the call takes applications while it is open and within its dates; each application is assessed
 * by the assessment group, then, once the call has closed, granted or rejected exactly once; what the call grants
 * in all never exceeds its budget; granted projects are followed up.
 * <p>
 * Assessment may start as soon as an application is in (the group reads applications as they arrive); decisions
 * wait for the call to close, because a call distributes its budget over all its applications at once (the fund
 * "fördelat 15 miljoner kronor två gånger per år": a distribution per call).
 */
@Aggregate
public class FundingCall {

    @AggregateIdentifier
    private String callId;
    private TenantId tenant;
    private Money budget;
    private LocalDate opensOn;
    private LocalDate closesOn;
    /** Null while the call is open. */
    private LocalDate closedOn;
    private LocalDate lastSubmittedOn;
    /** What the call has granted in all. */
    private Money granted;
    private final Map<FundingApplicationId, FundingApplication> applications = new HashMap<>();

    protected FundingCall() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public FundingCall(OpenFundingCall command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        apply(new FundingCallOpened(command.callId(), TenantId.of(tenant), command.fund(), command.round(),
                command.year(), command.budget(), command.opensOn(), command.closesOn(), command.criteria()));
    }

    @CommandHandler
    public long handle(CloseFundingCall command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        if (closedOn != null) {
            throw new RuleViolationException("CALL_ALREADY_CLOSED", "call " + callId + " was closed on " + closedOn);
        }
        requireClosedAfterOpening(command.closedOn());
        requireClosedAfterSubmissions(command.closedOn());
        apply(new FundingCallClosed(command.callId(), command.closedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(SubmitFundingApplication command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       OrganisationUnitDirectory units, InitiativeDirectory initiatives) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireOpen();
        requireWithinCallPeriod(command.submittedOn());
        if (applications.containsKey(command.applicationId())) {
            throw new RuleViolationException("APPLICATION_ALREADY_SUBMITTED", "application "
                    + command.applicationId() + " is already on record in call " + callId);
        }
        requireUnitInTenant(command.applicantUnitId(), units);
        if (command.initiativeId() != null) {
            requireInitiativeInTenant(command.initiativeId(), initiatives);
        }
        requireCallCurrency(command.requested(), "requested");
        apply(new FundingApplicationSubmitted(command.callId(), command.applicationId(), command.kind(),
                command.title(), command.applicantUnitId(), command.initiativeId(), command.requested(),
                command.submittedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(AssessFundingApplication command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        FundingApplication application = application(command.applicationId());
        application.requireUndecided();
        application.requireNotAssessed();
        application.requireAssessedAfterSubmission(command.assessedOn());
        apply(new FundingApplicationAssessed(command.callId(), command.applicationId(), command.assessment(),
                command.score(), command.recommendation(), command.assessedBy(), command.assessedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(GrantFundingApplication command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        FundingApplication application = decidable(caller, command.expectedVersion(), command.applicationId(),
                command.decidedOn());
        requireCallCurrency(command.amount(), "amount");
        application.requireWithinRequested(command.amount());
        requireWithinBudget(command.amount());
        apply(new FundingApplicationGranted(command.callId(), command.applicationId(), command.amount(),
                command.decidedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RejectFundingApplication command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        decidable(caller, command.expectedVersion(), command.applicationId(), command.decidedOn());
        apply(new FundingApplicationRejected(command.callId(), command.applicationId(), command.reason(),
                command.decidedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ReportGrantFollowUp command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        FundingApplication application = application(command.applicationId());
        application.requireGranted();
        application.requireReportedAfterGrant(command.reportedOn());
        if (command.spent() != null) {
            requireCallCurrency(command.spent(), "spent");
            application.requireSpentWithinGrant(command.spent());
        }
        apply(new GrantFollowUpReported(command.callId(), command.applicationId(), command.reportedOn(),
                command.text(), command.status(), command.spent()));
        return AggregateLifecycle.getVersion();
    }

    /** The checks a grant and a rejection share, in the order a client can act on them. */
    private FundingApplication decidable(String caller, Long expectedVersion, FundingApplicationId applicationId,
                                         LocalDate decidedOn) {
        requireSameTenant(caller);
        AggregateVersion.require(expectedVersion);
        FundingApplication application = application(applicationId);
        application.requireUndecided();
        requireClosed();
        application.requireAssessed();
        requireDecidedAfterClosure(decidedOn);
        application.requireDecidedAfterAssessment(decidedOn);
        return application;
    }

    private void requireSameTenant(String callerTenant) {
        if (!tenant.value().equals(callerTenant)) {
            throw RuleViolationException.unknown("funding call", callId);
        }
    }

    /** An application of another call (or none) is "not found", like any unknown resource in the path. */
    private FundingApplication application(FundingApplicationId applicationId) {
        FundingApplication application = applications.get(applicationId);
        if (application == null) {
            throw RuleViolationException.unknown("funding application", applicationId);
        }
        return application;
    }

    private void requireOpen() {
        if (closedOn != null) {
            throw new RuleViolationException("CALL_CLOSED", "call " + callId + " closed on " + closedOn
                    + " and takes no more applications");
        }
    }

    private void requireClosed() {
        if (closedOn == null) {
            throw new RuleViolationException("CALL_STILL_OPEN", "call " + callId + " is still open: its"
                    + " applications are decided together once it has closed");
        }
    }

    private void requireWithinCallPeriod(LocalDate submittedOn) {
        if (submittedOn.isBefore(opensOn) || submittedOn.isAfter(closesOn)) {
            throw new RuleViolationException("SUBMISSION_OUTSIDE_CALL_PERIOD", "call " + callId + " takes"
                    + " applications from " + opensOn + " to " + closesOn + ", not on " + submittedOn);
        }
    }

    private void requireClosedAfterOpening(LocalDate on) {
        if (on.isBefore(opensOn)) {
            throw new RuleViolationException("CLOSURE_BEFORE_OPENING", "call " + callId + " opens on " + opensOn
                    + ": it cannot close on " + on);
        }
    }

    private void requireClosedAfterSubmissions(LocalDate on) {
        if (lastSubmittedOn != null && on.isBefore(lastSubmittedOn)) {
            throw new RuleViolationException("CLOSURE_BEFORE_LAST_SUBMISSION", "call " + callId + " took an"
                    + " application on " + lastSubmittedOn + ": it cannot have closed on " + on);
        }
    }

    private void requireDecidedAfterClosure(LocalDate on) {
        if (on.isBefore(closedOn)) {
            throw new RuleViolationException("DECISION_BEFORE_CLOSURE", "call " + callId + " closed on " + closedOn
                    + ": its applications cannot be decided on " + on);
        }
    }

    private void requireCallCurrency(Money money, String field) {
        if (!money.currency().equals(budget.currency())) {
            throw new RuleViolationException("AMOUNT_CURRENCY_MISMATCH", "call " + callId + " is in "
                    + budget.currency() + ": " + field + " " + money + " is not");
        }
    }

    private void requireWithinBudget(Money amount) {
        Money remaining = budget.minus(granted);
        if (amount.compareTo(remaining) > 0) {
            throw new RuleViolationException("CALL_BUDGET_EXCEEDED", "call " + callId + " has granted " + granted
                    + " of its budget " + budget + ": " + remaining + " is left, " + amount + " is more");
        }
    }

    private void requireUnitInTenant(OrganisationUnitId unitId, OrganisationUnitDirectory units) {
        if (units.find(unitId).filter(unit -> unit.tenant().equals(tenant)).isEmpty()) {
            throw new RuleViolationException("ORGANISATION_UNIT_UNKNOWN",
                    "organisation unit " + unitId + " is not registered in this tenant");
        }
    }

    private void requireInitiativeInTenant(InitiativeId initiativeId, InitiativeDirectory directory) {
        if (directory.ownerOf(initiativeId).filter(tenant::equals).isEmpty()) {
            throw new RuleViolationException("INITIATIVE_UNKNOWN_TO_FUND",
                    "initiative " + initiativeId + " is not registered in this tenant");
        }
    }

    @EventSourcingHandler
    void on(FundingCallOpened event) {
        callId = event.callId().value();
        tenant = event.tenant();
        budget = event.budget();
        opensOn = event.opensOn();
        closesOn = event.closesOn();
        granted = Money.zero(event.budget().currency());
    }

    @EventSourcingHandler
    void on(FundingCallClosed event) {
        closedOn = event.closedOn();
    }

    @EventSourcingHandler
    void on(FundingApplicationSubmitted event) {
        applications.put(event.applicationId(), new FundingApplication(event.applicationId(), event.requested(),
                event.submittedOn()));
        if (lastSubmittedOn == null || event.submittedOn().isAfter(lastSubmittedOn)) {
            lastSubmittedOn = event.submittedOn();
        }
    }

    @EventSourcingHandler
    void on(FundingApplicationAssessed event) {
        applications.get(event.applicationId()).assessed(event.assessedOn());
    }

    @EventSourcingHandler
    void on(FundingApplicationGranted event) {
        applications.get(event.applicationId()).granted(event.amount(), event.decidedOn());
        granted = granted.plus(event.amount());
    }

    @EventSourcingHandler
    void on(FundingApplicationRejected event) {
        applications.get(event.applicationId()).rejected(event.decidedOn());
    }
}
