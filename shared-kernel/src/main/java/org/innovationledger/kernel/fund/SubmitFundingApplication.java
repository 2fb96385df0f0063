package org.innovationledger.kernel.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;

/**
 * Submits an application (ansökan) to an open call. The applicant is named by its unit only: the ledger keeps no
 * personal data about the employee who applies.
 *
 * @param applicantUnitId the tenant's unit the application comes from
 * @param initiativeId    the initiative the money is for, when it is on record; optional
 * @param requested       the amount applied for, in the call's currency
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record SubmitFundingApplication(@TargetAggregateIdentifier FundingCallId callId,
                                       FundingApplicationId applicationId,
                                       ApplicationKind kind,
                                       String title,
                                       OrganisationUnitId applicantUnitId,
                                       InitiativeId initiativeId,
                                       Money requested,
                                       LocalDate submittedOn,
                                       Long expectedVersion) {

    public SubmitFundingApplication {
        Texts.present(callId, "callId is required");
        Texts.present(applicationId, "applicationId is required");
        Texts.present(kind, "kind is required (NEW, CONTINUATION or IMPLEMENTATION)");
        title = Texts.required(title, "title", 300);
        Texts.present(applicantUnitId, "applicantUnitId is required");
        FundChecks.positive(requested, "requested");
        FundChecks.date(submittedOn, "submittedOn");
    }
}
