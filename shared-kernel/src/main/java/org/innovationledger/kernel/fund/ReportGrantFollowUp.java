package org.innovationledger.kernel.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Reports how a granted project is doing ("uppföljning av projektens utveckling görs kontinuerligt"). Follow-ups
 * add up to the project's history; a later one never edits an earlier one.
 *
 * @param text            what the follow-up found
 * @param spent           spent of the grant so far (cumulative, as of {@code reportedOn}), in the call's
 *                        currency; optional
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record ReportGrantFollowUp(@TargetAggregateIdentifier FundingCallId callId,
                                  FundingApplicationId applicationId,
                                  LocalDate reportedOn,
                                  String text,
                                  FollowUpStatus status,
                                  Money spent,
                                  Long expectedVersion) {

    public ReportGrantFollowUp {
        Texts.present(callId, "callId is required");
        Texts.present(applicationId, "applicationId is required");
        FundChecks.date(reportedOn, "reportedOn");
        text = Texts.required(text, "text", 10_000);
        Texts.present(status, "status is required (ON_TRACK, DELAYED, COMPLETED or DISCONTINUED)");
        FundChecks.notNegative(spent, "spent");
    }
}
