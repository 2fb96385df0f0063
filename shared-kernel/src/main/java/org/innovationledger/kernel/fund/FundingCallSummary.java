package org.innovationledger.kernel.fund;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;

import java.time.LocalDate;

/**
 * A call in the list of the tenant's calls, without its applications ({@link FindFundingCall} has them).
 *
 * @param applications applications submitted to the call
 * @param grants       applications granted
 * @param granted      the amount granted in all
 * @param closedOn     null while open
 * @param version      the aggregate version (use as ETag / If-Match)
 * @param position     global event position this summary reflects
 */
public record FundingCallSummary(FundingCallId callId,
                                 TenantId tenant,
                                 String fund,
                                 int round,
                                 int year,
                                 Money budget,
                                 LocalDate opensOn,
                                 LocalDate closesOn,
                                 FundingCallStatus status,
                                 LocalDate closedOn,
                                 int applications,
                                 int grants,
                                 Money granted,
                                 long version,
                                 long position) {
}
