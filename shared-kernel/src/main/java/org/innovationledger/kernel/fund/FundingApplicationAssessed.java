package org.innovationledger.kernel.fund;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The application was assessed; {@code score} and {@code recommendation} may be null. */
@Revision("1")
public record FundingApplicationAssessed(FundingCallId callId,
                                         FundingApplicationId applicationId,
                                         String assessment,
                                         Integer score,
                                         Recommendation recommendation,
                                         String assessedBy,
                                         LocalDate assessedOn) {
}
