package org.innovationledger.query.fund;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.fund.ApplicationKind;
import org.innovationledger.kernel.fund.ApplicationStatus;
import org.innovationledger.kernel.fund.FetchFundingReport;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.FundingReport;
import org.innovationledger.query.fund.FundingCallDocument.ApplicationEntry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the funding report from the calls' read models: every figure is a count or an exact sum over the
 * applications as their events left them, so the report reconciles with the events by construction. The year's
 * figures add up the calls'; amounts are added only within one currency.
 */
final class FundingReports {

    private FundingReports() {
    }

    static FundingReport of(FetchFundingReport query, List<FundingCallDocument> calls) {
        List<FundingReport.CallFigures> perCall = new ArrayList<>();
        Tally year = new Tally();
        String currency = null;
        boolean oneCurrency = true;
        long position = 0;
        for (FundingCallDocument call : calls) {
            Tally tally = new Tally();
            tally.budget = new BigDecimal(call.budget());
            call.entries().forEach(tally::count);
            perCall.add(new FundingReport.CallFigures(FundingCallId.of(call.id()), call.fund(), call.round(),
                    call.status(), tally.figures(call.currency())));
            year.add(tally);
            oneCurrency &= currency == null || currency.equals(call.currency());
            currency = call.currency();
            position = Math.max(position, call.position());
        }
        return new FundingReport(query.tenant(), query.year(), query.fund(), perCall,
                year.figures(oneCurrency ? currency : null), position);
    }

    /** Counts and exact sums of applications, overall and per kind. */
    private static final class Tally {

        private final Count all = new Count();
        private final Map<ApplicationKind, Count> byKind = new EnumMap<>(ApplicationKind.class);
        private BigDecimal budget = BigDecimal.ZERO;

        Tally() {
            for (ApplicationKind kind : ApplicationKind.values()) {
                byKind.put(kind, new Count());
            }
        }

        void count(ApplicationEntry application) {
            all.count(application);
            byKind.get(application.kind()).count(application);
        }

        void add(Tally other) {
            all.add(other.all);
            byKind.forEach((kind, count) -> count.add(other.byKind.get(kind)));
            budget = budget.add(other.budget);
        }

        /** The figures; without a currency (calls in several, or none) the amounts are left out. */
        FundingReport.Figures figures(String currency) {
            List<FundingReport.KindFigures> kinds = byKind.entrySet().stream()
                    .map(e -> new FundingReport.KindFigures(e.getKey(), e.getValue().applications,
                            e.getValue().grants, e.getValue().rejections,
                            FundingReport.grantRate(e.getValue().grants, e.getValue().applications),
                            money(e.getValue().requested, currency), money(e.getValue().granted, currency)))
                    .toList();
            return new FundingReport.Figures(all.applications, all.grants, all.rejections,
                    all.applications - all.grants - all.rejections,
                    FundingReport.grantRate(all.grants, all.applications), currency,
                    money(all.requested, currency), money(all.granted, currency), money(budget, currency),
                    money(budget.subtract(all.granted), currency), kinds);
        }

        private static Money money(BigDecimal amount, String currency) {
            return currency == null ? null : new Money(amount, currency);
        }
    }

    private static final class Count {

        private int applications;
        private int grants;
        private int rejections;
        private BigDecimal requested = BigDecimal.ZERO;
        private BigDecimal granted = BigDecimal.ZERO;

        void count(ApplicationEntry application) {
            applications++;
            requested = requested.add(new BigDecimal(application.requested()));
            if (application.status() == ApplicationStatus.GRANTED) {
                grants++;
                granted = granted.add(new BigDecimal(application.granted()));
            } else if (application.status() == ApplicationStatus.REJECTED) {
                rejections++;
            }
        }

        void add(Count other) {
            applications += other.applications;
            grants += other.grants;
            rejections += other.rejections;
            requested = requested.add(other.requested);
            granted = granted.add(other.granted);
        }
    }
}
