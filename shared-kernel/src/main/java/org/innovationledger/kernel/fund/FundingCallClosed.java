package org.innovationledger.kernel.fund;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The call takes no more applications from {@code closedOn}; its applications may be decided. */
@Revision("1")
public record FundingCallClosed(FundingCallId callId, LocalDate closedOn) {
}
