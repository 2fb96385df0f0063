package org.innovationledger.kernel.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Records the assessment group's (bedömningsgruppen's) assessment of an application: advice to the decision, which
 * is recorded separately (grant or rejection).
 *
 * @param score           the group's score on its own scale, 0-100, optional: the sources define no scale
 * @param recommendation  grant or reject, optional
 * @param assessedBy      who assessed, e.g. "Innovationsfondens bedömningsgrupp"
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record AssessFundingApplication(@TargetAggregateIdentifier FundingCallId callId,
                                       FundingApplicationId applicationId,
                                       String assessment,
                                       Integer score,
                                       Recommendation recommendation,
                                       String assessedBy,
                                       LocalDate assessedOn,
                                       Long expectedVersion) {

    public static final int MAX_SCORE = 100;

    public AssessFundingApplication {
        Texts.present(callId, "callId is required");
        Texts.present(applicationId, "applicationId is required");
        assessment = Texts.required(assessment, "assessment", 10_000);
        if (score != null && (score < 0 || score > MAX_SCORE)) {
            throw new IllegalArgumentException("score must be between 0 and " + MAX_SCORE + ", got: " + score);
        }
        assessedBy = Texts.required(assessedBy, "assessedBy", 300);
        FundChecks.date(assessedOn, "assessedOn");
    }
}
