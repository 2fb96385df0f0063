package org.innovationledger.kernel.fund;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.Money;

import java.time.LocalDate;

/** The application was granted {@code amount} (beviljad), in the call's currency. */
@Revision("1")
public record FundingApplicationGranted(FundingCallId callId,
                                        FundingApplicationId applicationId,
                                        Money amount,
                                        LocalDate decidedOn) {
}
