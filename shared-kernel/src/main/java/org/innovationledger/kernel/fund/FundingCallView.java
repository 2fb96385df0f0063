package org.innovationledger.kernel.fund;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;
import java.util.List;

/**
 * A call as the read side knows it, with its applications in the order they were submitted.
 *
 * @param criteria        the call's criteria, null when none were given
 * @param closedOn        null while open
 * @param granted         the amount granted in all
 * @param remainingBudget the budget less what was granted
 * @param version         the aggregate version (use as ETag / If-Match)
 * @param position        global event position this view reflects
 */
public record FundingCallView(FundingCallId callId,
                              TenantId tenant,
                              String fund,
                              int round,
                              int year,
                              Money budget,
                              LocalDate opensOn,
                              LocalDate closesOn,
                              String criteria,
                              FundingCallStatus status,
                              LocalDate closedOn,
                              Money granted,
                              Money remainingBudget,
                              List<Application> applications,
                              long version,
                              long position) {

    /**
     * One application.
     *
     * @param initiativeId    the initiative it is for, null when none was named
     * @param assessment      null until assessed
     * @param decidedOn       null until granted or rejected
     * @param granted         the amount granted; null unless granted
     * @param rejectionReason null unless rejected
     * @param followUps       the follow-ups of a granted project, oldest first
     */
    public record Application(FundingApplicationId applicationId,
                              ApplicationKind kind,
                              String title,
                              OrganisationUnitId applicantUnitId,
                              InitiativeId initiativeId,
                              Money requested,
                              LocalDate submittedOn,
                              ApplicationStatus status,
                              Assessment assessment,
                              LocalDate decidedOn,
                              Money granted,
                              String rejectionReason,
                              List<FollowUp> followUps) {
    }

    /** The assessment group's assessment; score and recommendation may be null. */
    public record Assessment(String assessment, Integer score, Recommendation recommendation, String assessedBy,
                             LocalDate assessedOn) {
    }

    /** A follow-up of a granted project; {@code spent} (cumulative) may be null. */
    public record FollowUp(LocalDate reportedOn, String text, FollowUpStatus status, Money spent) {
    }
}
