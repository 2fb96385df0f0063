package org.innovationledger.kernel.fund;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The tenant's funding report for a year (the innovation accounts' "Innovationsfonden" figures): per call and for
 * the year, counted from the calls' events.
 *
 * @param fund     the fund the report is limited to; null for all the tenant's funds
 * @param calls    the year's calls, by fund and round
 * @param total    the year: the calls' figures added up
 * @param position highest global event position reflected by the report's calls (0 when there are none)
 */
public record FundingReport(TenantId tenant,
                            int year,
                            String fund,
                            List<CallFigures> calls,
                            Figures total,
                            long position) {

    /**
     * The grant rate: grants per application as a percentage with one decimal, rounded HALF_UP (58 of 143 is
     * 40.559… %, reported as 40.6); null when there are no applications.
     */
    public static BigDecimal grantRate(int grants, int applications) {
        if (applications == 0) {
            return null;
        }
        return BigDecimal.valueOf(grants).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(applications), 1, RoundingMode.HALF_UP);
    }

    /** One call's figures. */
    public record CallFigures(FundingCallId callId,
                              String fund,
                              int round,
                              FundingCallStatus status,
                              Figures figures) {
    }

    /**
     * Counts and amounts of a call or of the year. {@code applications = grants + rejections + undecided}.
     * Amounts of different currencies are never added: when the year's calls are in more than one currency (or
     * there are no calls) the year's {@code currency} and amounts are null, and each call's figures carry its own.
     *
     * @param grantRate       see {@link FundingReport#grantRate(int, int)}
     * @param requested       applied for, by all applications
     * @param granted         granted, by all grants
     * @param budget          the calls' budgets
     * @param remainingBudget the budget less what was granted
     * @param byKind          every kind of application, also those with none
     */
    public record Figures(int applications,
                          int grants,
                          int rejections,
                          int undecided,
                          BigDecimal grantRate,
                          String currency,
                          Money requested,
                          Money granted,
                          Money budget,
                          Money remainingBudget,
                          List<KindFigures> byKind) {
    }

    /** Applications of one kind; amounts as in {@link Figures}. */
    public record KindFigures(ApplicationKind kind,
                              int applications,
                              int grants,
                              int rejections,
                              BigDecimal grantRate,
                              Money requested,
                              Money granted) {
    }
}
