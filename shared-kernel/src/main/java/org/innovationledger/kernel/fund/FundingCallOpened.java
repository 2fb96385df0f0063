package org.innovationledger.kernel.fund;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;

import java.time.LocalDate;

/** A call of the tenant's fund opened for applications; {@code criteria} may be null. */
@Revision("1")
public record FundingCallOpened(FundingCallId callId,
                                TenantId tenant,
                                String fund,
                                int round,
                                int year,
                                Money budget,
                                LocalDate opensOn,
                                LocalDate closesOn,
                                String criteria) {
}
