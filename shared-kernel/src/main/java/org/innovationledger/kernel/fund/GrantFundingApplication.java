package org.innovationledger.kernel.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Grants an assessed application of a closed call (beviljad): at most what was requested, and never more than the
 * call's budget has left.
 *
 * @param amount          what is granted, in the call's currency; more than zero
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record GrantFundingApplication(@TargetAggregateIdentifier FundingCallId callId,
                                      FundingApplicationId applicationId,
                                      Money amount,
                                      LocalDate decidedOn,
                                      Long expectedVersion) {

    public GrantFundingApplication {
        Texts.present(callId, "callId is required");
        Texts.present(applicationId, "applicationId is required");
        FundChecks.positive(amount, "amount");
        FundChecks.date(decidedOn, "decidedOn");
    }
}
