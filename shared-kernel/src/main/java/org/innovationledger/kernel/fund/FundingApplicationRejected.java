package org.innovationledger.kernel.fund;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The application was rejected for {@code reason}. */
@Revision("1")
public record FundingApplicationRejected(FundingCallId callId,
                                         FundingApplicationId applicationId,
                                         String reason,
                                         LocalDate decidedOn) {
}
