package org.innovationledger.kernel.fund;

import org.innovationledger.kernel.common.TenantId;

/** Answers a {@link FundingCallView} with its applications, or nothing when the call is unknown in the tenant. */
public record FindFundingCall(TenantId tenant, FundingCallId callId) {
}
