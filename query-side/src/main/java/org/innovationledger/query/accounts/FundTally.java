package org.innovationledger.query.accounts;

import org.innovationledger.kernel.accounts.InnovationAccounts.FundCall;
import org.innovationledger.kernel.accounts.InnovationAccounts.FundYear;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.fund.ApplicationKind;
import org.innovationledger.kernel.fund.FundingApplicationGranted;
import org.innovationledger.kernel.fund.FundingApplicationId;
import org.innovationledger.kernel.fund.FundingApplicationRejected;
import org.innovationledger.kernel.fund.FundingApplicationSubmitted;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.FundingCallOpened;
import org.innovationledger.kernel.fund.FundingReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The region's fund calls and their applications, as the accounts count them. */
final class FundTally {

    record Call(String id, String fund, int round, int year, Money budget) {
    }

    static final class Application {
        final String id;
        final String callId;
        final ApplicationKind kind;
        final String title;
        final String unitId;
        final String initiativeId;
        Money granted;
        boolean rejected;
        LocalDate decidedOn;

        Application(FundingApplicationSubmitted event) {
            id = event.applicationId().value();
            callId = event.callId().value();
            kind = event.kind();
            title = event.title();
            unitId = event.applicantUnitId() == null ? null : event.applicantUnitId().value();
            initiativeId = event.initiativeId() == null ? null : event.initiativeId().value();
        }
    }

    /** By title, ties broken by id and call, so the order never depends on a map's. */
    private static final Comparator<Application> BY_TITLE = Comparator
            .comparing((Application a) -> a.title, Counts.text())
            .thenComparing(a -> a.id)
            .thenComparing(a -> a.callId);

    private final TenantId tenant;
    final Map<String, Call> calls = new HashMap<>();
    /**
     * Applications by call and application id: an application id is unique only within its call (the call is the
     * aggregate), so another call's application, or another region's, may carry the same id.
     */
    final Map<String, Application> applications = new HashMap<>();

    FundTally(TenantId tenant) {
        this.tenant = tenant;
    }

    /**
     * Returns the initiative and year the event ties together, if any, so the portfolio can count it active: an
     * application's submission and the decision on it, granted or rejected, by their dates.
     */
    Activity apply(Object payload) {
        if (payload instanceof FundingCallOpened e) {
            if (e.tenant().equals(tenant)) {
                calls.putIfAbsent(e.callId().value(), new Call(e.callId().value(), e.fund(), e.round(), e.year(),
                        e.budget()));
            }
        } else if (payload instanceof FundingApplicationSubmitted e) {
            if (calls.containsKey(e.callId().value())) {
                Application application = new Application(e);
                applications.putIfAbsent(key(e.callId(), e.applicationId()), application);
                return Activity.of(application.initiativeId, e.submittedOn());
            }
        } else if (payload instanceof FundingApplicationGranted e) {
            Application application = applications.get(key(e.callId(), e.applicationId()));
            if (application != null) {
                application.granted = e.amount();
                application.decidedOn = e.decidedOn();
                return Activity.of(application.initiativeId, e.decidedOn());
            }
        } else if (payload instanceof FundingApplicationRejected e) {
            Application application = applications.get(key(e.callId(), e.applicationId()));
            if (application != null) {
                application.rejected = true;
                application.decidedOn = e.decidedOn();
                return Activity.of(application.initiativeId, e.decidedOn());
            }
        }
        return null;
    }

    private static String key(FundingCallId callId, FundingApplicationId applicationId) {
        return callId.value() + "/" + applicationId.value();
    }

    record Activity(String initiativeId, int year) {
        static Activity of(String initiativeId, LocalDate on) {
            return initiativeId == null || on == null ? null : new Activity(initiativeId, on.getYear());
        }
    }

    List<Call> callsOf(int year) {
        return calls.values().stream().filter(call -> call.year() == year)
                .sorted(Comparator.comparing(Call::fund, Counts.text()).thenComparingInt(Call::round)
                        .thenComparing(Call::id))
                .toList();
    }

    List<Application> applicationsTo(Collection<Call> of) {
        List<String> ids = of.stream().map(Call::id).toList();
        return applications.values().stream().filter(a -> ids.contains(a.callId))
                .sorted(BY_TITLE)
                .toList();
    }

    /** Applications granted with a decision in the year, whatever year their call belongs to. */
    List<Application> grantedIn(int year) {
        return applications.values().stream()
                .filter(a -> a.granted != null && a.decidedOn.getYear() == year)
                .sorted(BY_TITLE)
                .toList();
    }

    FundCall figures(Call call) {
        List<Application> received = applicationsTo(List.of(call));
        int granted = (int) received.stream().filter(a -> a.granted != null).count();
        int rejected = (int) received.stream().filter(a -> a.rejected).count();
        Money amount = sum(received.stream().filter(a -> a.granted != null).map(a -> a.granted).toList());
        return new FundCall(call.id(), call.fund(), call.round(), call.budget(), received.size(), granted, rejected,
                FundingReport.grantRate(granted, received.size()), amount);
    }

    /** Applications and grants per call year, from the first call's year up to the year. */
    List<FundYear> seriesUpTo(int year) {
        Map<Integer, int[]> byYear = new TreeMap<>();
        calls.values().stream().filter(call -> call.year() <= year)
                .forEach(call -> byYear.computeIfAbsent(call.year(), y -> new int[2]));
        for (Application application : applications.values()) {
            int callYear = calls.get(application.callId).year();
            if (callYear <= year) {
                int[] counts = byYear.get(callYear);
                counts[0]++;
                counts[1] += application.granted != null ? 1 : 0;
            }
        }
        List<FundYear> series = new ArrayList<>();
        byYear.forEach((y, counts) -> series.add(new FundYear(y, counts[0], counts[1])));
        return series;
    }

    /** The sum when every amount is in one currency; null for none or for mixed currencies (never a wrong total). */
    static Money sum(Collection<Money> amounts) {
        Money total = null;
        for (Money amount : amounts) {
            if (total != null && !total.currency().equals(amount.currency())) {
                return null;
            }
            total = total == null ? amount : total.plus(amount);
        }
        return total;
    }
}
