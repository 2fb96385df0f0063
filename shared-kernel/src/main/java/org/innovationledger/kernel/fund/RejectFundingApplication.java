package org.innovationledger.kernel.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Rejects an assessed application of a closed call.
 *
 * @param reason          why the application was rejected, as told to the applicant
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record RejectFundingApplication(@TargetAggregateIdentifier FundingCallId callId,
                                       FundingApplicationId applicationId,
                                       String reason,
                                       LocalDate decidedOn,
                                       Long expectedVersion) {

    public RejectFundingApplication {
        Texts.present(callId, "callId is required");
        Texts.present(applicationId, "applicationId is required");
        reason = Texts.required(reason, "rejection reason", 2000);
        FundChecks.date(decidedOn, "decidedOn");
    }
}
