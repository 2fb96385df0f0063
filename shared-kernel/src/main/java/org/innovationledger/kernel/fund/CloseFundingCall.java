package org.innovationledger.kernel.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Closes the call: it takes no more applications, and its applications may now be decided.
 *
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record CloseFundingCall(@TargetAggregateIdentifier FundingCallId callId,
                               LocalDate closedOn,
                               Long expectedVersion) {

    public CloseFundingCall {
        Texts.present(callId, "callId is required");
        FundChecks.date(closedOn, "closedOn");
    }
}
