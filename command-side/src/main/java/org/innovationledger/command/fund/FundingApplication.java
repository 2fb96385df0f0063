package org.innovationledger.command.fund;

import org.innovationledger.command.RuleViolationException;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.fund.ApplicationStatus;
import org.innovationledger.kernel.fund.FundingApplicationId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An application inside its call: an entity of the {@link FundingCall} aggregate, so that the rules spanning
 * applications (the call's budget) and those of one application (assessed before decided, decided once) are
 * checked in one place, against one consistent state. Changed only by the call's event-sourcing handlers.
 */
final class FundingApplication {

    private final FundingApplicationId applicationId;
    private final Money requested;
    private final LocalDate submittedOn;
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;
    private LocalDate assessedOn;
    private LocalDate decidedOn;
    private Money granted;

    FundingApplication(FundingApplicationId applicationId, Money requested, LocalDate submittedOn) {
        this.applicationId = applicationId;
        this.requested = requested;
        this.submittedOn = submittedOn;
    }

    // ---- rules of one application ----

    /** Granted or rejected is final: a decision is never taken twice (nor is a decided application assessed). */
    void requireUndecided() {
        if (status.isDecided()) {
            throw new RuleViolationException("APPLICATION_ALREADY_DECIDED", "application " + applicationId
                    + " was already " + status.name().toLowerCase() + " on " + decidedOn);
        }
    }

    void requireNotAssessed() {
        if (status == ApplicationStatus.ASSESSED) {
            throw new RuleViolationException("APPLICATION_ALREADY_ASSESSED", "application " + applicationId
                    + " was already assessed on " + assessedOn);
        }
    }

    void requireAssessedAfterSubmission(LocalDate on) {
        if (on.isBefore(submittedOn)) {
            throw new RuleViolationException("ASSESSMENT_BEFORE_SUBMISSION", "application " + applicationId
                    + " was submitted on " + submittedOn + ": it cannot be assessed on " + on);
        }
    }

    /** The assessment group advises the decision: no decision without an assessment on record. */
    void requireAssessed() {
        if (status != ApplicationStatus.ASSESSED) {
            throw new RuleViolationException("APPLICATION_NOT_ASSESSED", "application " + applicationId
                    + " has not been assessed: it is decided after the assessment group's assessment");
        }
    }

    void requireDecidedAfterAssessment(LocalDate on) {
        if (on.isBefore(assessedOn)) {
            throw new RuleViolationException("DECISION_BEFORE_ASSESSMENT", "application " + applicationId
                    + " was assessed on " + assessedOn + ": it cannot be decided on " + on);
        }
    }

    void requireWithinRequested(Money amount) {
        if (amount.compareTo(requested) > 0) {
            throw new RuleViolationException("GRANT_EXCEEDS_REQUESTED", "application " + applicationId
                    + " requested " + requested + ": " + amount + " cannot be granted");
        }
    }

    void requireGranted() {
        if (status != ApplicationStatus.GRANTED) {
            throw new RuleViolationException("APPLICATION_NOT_GRANTED", "application " + applicationId + " is "
                    + status.name().toLowerCase() + ": only granted projects are followed up");
        }
    }

    void requireReportedAfterGrant(LocalDate on) {
        if (on.isBefore(decidedOn)) {
            throw new RuleViolationException("FOLLOW_UP_BEFORE_GRANT", "application " + applicationId
                    + " was granted on " + decidedOn + ": it cannot be followed up on " + on);
        }
    }

    void requireSpentWithinGrant(Money spent) {
        if (spent != null && spent.compareTo(granted) > 0) {
            throw new RuleViolationException("SPENT_EXCEEDS_GRANT", "application " + applicationId + " was granted "
                    + granted + ": " + spent + " spent of it is more than that");
        }
    }

    // ---- state changes, from the call's event-sourcing handlers ----

    void assessed(LocalDate on) {
        status = ApplicationStatus.ASSESSED;
        assessedOn = on;
    }

    void granted(Money amount, LocalDate on) {
        status = ApplicationStatus.GRANTED;
        granted = amount;
        decidedOn = on;
    }

    void rejected(LocalDate on) {
        status = ApplicationStatus.REJECTED;
        decidedOn = on;
    }

    /** Value equality: the same events give an equal entity (Axon's test fixture compares re-sourced state). */
    @Override
    public boolean equals(Object other) {
        return other instanceof FundingApplication that
                && applicationId.equals(that.applicationId)
                && requested.equals(that.requested)
                && submittedOn.equals(that.submittedOn)
                && status == that.status
                && Objects.equals(assessedOn, that.assessedOn)
                && Objects.equals(decidedOn, that.decidedOn)
                && Objects.equals(granted, that.granted);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationId, status);
    }

    @Override
    public String toString() {
        return applicationId + " " + status;
    }
}
