package org.innovationledger.kernel.fund;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.Money;

import java.time.LocalDate;

/** A follow-up of a granted project; {@code spent} (cumulative, of the grant) may be null. */
@Revision("1")
public record GrantFollowUpReported(FundingCallId callId,
                                    FundingApplicationId applicationId,
                                    LocalDate reportedOn,
                                    String text,
                                    FollowUpStatus status,
                                    Money spent) {
}
