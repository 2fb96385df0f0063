package org.innovationledger.kernel.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Opens a call (utlysning) of a fund, e.g. Innovationsfonden's first call of 2021: applications may be submitted
 * from {@code opensOn} to {@code closesOn}, and what the call grants never exceeds its budget.
 *
 * @param fund     the fund's name, e.g. "Innovationsfonden" (namespaced by the tenant: Denmark's national
 *                 Innovationsfonden is another fund)
 * @param round    the call's number within the year, from 1 (Innovationsfonden calls twice a year)
 * @param year     the year the call belongs to, which the funding report groups by
 * @param budget   what the call may grant in all; its currency is the call's, every amount in it must match
 * @param criteria the call's criteria (utlysningskriterier), optional
 */
public record OpenFundingCall(@TargetAggregateIdentifier FundingCallId callId,
                              String fund,
                              Integer round,
                              Integer year,
                              Money budget,
                              LocalDate opensOn,
                              LocalDate closesOn,
                              String criteria) {

    public static final int MAX_ROUND = 99;

    public OpenFundingCall {
        Texts.present(callId, "callId is required");
        fund = Texts.required(fund, "fund", 200);
        Texts.present(round, "round is required");
        if (round < 1 || round > MAX_ROUND) {
            throw new IllegalArgumentException("round must be between 1 and " + MAX_ROUND + ", got: " + round);
        }
        Texts.present(year, "year is required");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must lie between 1000 and 9999, got: " + year);
        }
        FundChecks.positive(budget, "budget");
        FundChecks.date(opensOn, "opensOn");
        FundChecks.date(closesOn, "closesOn");
        if (closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("closesOn (" + closesOn + ") must not lie before opensOn (" + opensOn + ")");
        }
        criteria = Texts.optional(criteria, "criteria", 10_000);
    }
}
