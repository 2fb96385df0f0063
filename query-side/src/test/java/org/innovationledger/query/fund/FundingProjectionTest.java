package org.innovationledger.query.fund;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.fund.ApplicationKind;
import org.innovationledger.kernel.fund.ApplicationStatus;
import org.innovationledger.kernel.fund.FetchFundingCalls;
import org.innovationledger.kernel.fund.FetchFundingReport;
import org.innovationledger.kernel.fund.FindFundingCall;
import org.innovationledger.kernel.fund.FollowUpStatus;
import org.innovationledger.kernel.fund.FundingApplicationAssessed;
import org.innovationledger.kernel.fund.FundingApplicationGranted;
import org.innovationledger.kernel.fund.FundingApplicationId;
import org.innovationledger.kernel.fund.FundingApplicationRejected;
import org.innovationledger.kernel.fund.FundingApplicationSubmitted;
import org.innovationledger.kernel.fund.FundingCallClosed;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.FundingCallOpened;
import org.innovationledger.kernel.fund.FundingCallStatus;
import org.innovationledger.kernel.fund.FundingCallSummary;
import org.innovationledger.kernel.fund.FundingCallView;
import org.innovationledger.kernel.fund.FundingReport;
import org.innovationledger.kernel.fund.GrantFollowUpReported;
import org.innovationledger.kernel.fund.Recommendation;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.kernel.fund.ApplicationKind.CONTINUATION;
import static org.innovationledger.kernel.fund.ApplicationKind.IMPLEMENTATION;
import static org.innovationledger.kernel.fund.ApplicationKind.NEW;

/** Fed Region Stockholm's Innovationsfonden 2021: two calls, 143 applications, 58 grants. */
class FundingProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final String CALL_AGGREGATE = "FundingCall";
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final String FUND = "Innovationsfonden";

    private static final FundingCallId SPRING = FundingCallId.of("call-2021-1");
    private static final FundingCallId AUTUMN = FundingCallId.of("call-2021-2");
    private static final OrganisationUnitId SOS = OrganisationUnitId.of("unit-sos");
    private static final LocalDate DECIDED = LocalDate.of(2021, 5, 7);

    private EventLog log;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(100);
        projector = new Projector(new FundingProjection(MONGO.template()));
    }

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    private TrackedEventMessage<?> event(TenantId tenant, FundingCallId call, Object payload) {
        return log.append(CALL_AGGREGATE, call.value(), payload, EventLog.metadata("fondsekreterare", tenant), null);
    }

    private void opened(TenantId tenant, FundingCallId call, String fund, int round, int year, Money budget) {
        event(tenant, call, new FundingCallOpened(call, tenant, fund, round, year, budget,
                LocalDate.of(year, round == 1 ? 1 : 8, 11), LocalDate.of(year, round == 1 ? 3 : 9, 30), null));
    }

    private static FundingApplicationId app(FundingCallId call, int n) {
        return FundingApplicationId.of("app-" + call.value() + "-" + n);
    }

    /**
     * One call's whole round: {@code applications} submitted (kinds in turn NEW, CONTINUATION, IMPLEMENTATION),
     * requesting 100 000 + n × 1 000.50 SEK; closed; all assessed; the first {@code grants} granted 90 000 +
     * n × 500.25 SEK, the next {@code rejections} rejected, the rest left undecided.
     */
    private void round(FundingCallId call, int applications, int grants, int rejections) {
        for (int n = 0; n < applications; n++) {
            event(STOCKHOLM, call, new FundingApplicationSubmitted(call, app(call, n),
                    ApplicationKind.values()[n % 3], "Ansökan " + n, SOS, null, requested(n), LocalDate.of(2021, 3, 1)));
        }
        event(STOCKHOLM, call, new FundingCallClosed(call, LocalDate.of(2021, 9, 30)));
        for (int n = 0; n < applications; n++) {
            event(STOCKHOLM, call, new FundingApplicationAssessed(call, app(call, n), "Bedömd", null,
                    n < grants ? Recommendation.GRANT : Recommendation.REJECT, "Bedömningsgruppen", DECIDED));
        }
        for (int n = 0; n < grants + rejections; n++) {
            event(STOCKHOLM, call, n < grants
                    ? new FundingApplicationGranted(call, app(call, n), granted(n), DECIDED)
                    : new FundingApplicationRejected(call, app(call, n), "Ej prioriterad", DECIDED));
        }
    }

    private static Money requested(int n) {
        return sek("100000").plus(new Money(new BigDecimal("1000.50").multiply(BigDecimal.valueOf(n)), "SEK"));
    }

    private static Money granted(int n) {
        return sek("90000").plus(new Money(new BigDecimal("500.25").multiply(BigDecimal.valueOf(n)), "SEK"));
    }

    /** Innovationsfonden 2021: 75 + 68 applications, 30 + 28 grants, all others rejected. */
    private void innovationsfonden2021() {
        opened(STOCKHOLM, SPRING, FUND, 1, 2021, sek("7500000"));
        opened(STOCKHOLM, AUTUMN, FUND, 2, 2021, sek("7500000"));
        round(SPRING, 75, 30, 45);
        round(AUTUMN, 68, 28, 40);
    }

    @Test
    void anOpenedCallHasItsBudgetLeftAndNoApplications() {
        event(STOCKHOLM, SPRING, new FundingCallOpened(SPRING, STOCKHOLM, FUND, 1, 2021, sek("7500000"),
                LocalDate.of(2021, 1, 11), LocalDate.of(2021, 3, 12), "Nyskapande produkter"));
        projector.deliver(log.all());

        assertThat(call(STOCKHOLM, SPRING)).contains(new FundingCallView(SPRING, STOCKHOLM, FUND, 1, 2021,
                sek("7500000"), LocalDate.of(2021, 1, 11), LocalDate.of(2021, 3, 12), "Nyskapande produkter",
                FundingCallStatus.OPEN, null, sek("0"), sek("7500000"), List.of(), 0, 100));
    }

    @Test
    void anApplicationsLifeIsShownInItsCall() {
        FundingApplicationId iva = FundingApplicationId.of("app-iva");
        FundingApplicationId other = FundingApplicationId.of("app-other");
        InitiativeId initiative = InitiativeId.of("ini-iva-dagboken");
        opened(STOCKHOLM, SPRING, FUND, 1, 2021, sek("7500000"));
        event(STOCKHOLM, SPRING, new FundingApplicationSubmitted(SPRING, iva, CONTINUATION, "IVA-dagboken", SOS,
                initiative, sek("300000.50"), LocalDate.of(2021, 3, 1)));
        event(STOCKHOLM, SPRING, new FundingApplicationSubmitted(SPRING, other, NEW, "Annan", SOS, null,
                sek("100000"), LocalDate.of(2021, 3, 2)));
        event(STOCKHOLM, SPRING, new FundingApplicationAssessed(SPRING, iva, "Tydligt behov", 85,
                Recommendation.GRANT, "Innovationsfondens bedömningsgrupp", LocalDate.of(2021, 4, 16)));
        event(STOCKHOLM, SPRING, new FundingCallClosed(SPRING, LocalDate.of(2021, 3, 12)));
        event(STOCKHOLM, SPRING, new FundingApplicationGranted(SPRING, iva, sek("250000.25"), DECIDED));
        event(STOCKHOLM, SPRING, new GrantFollowUpReported(SPRING, iva, LocalDate.of(2021, 12, 15), "I bruk",
                FollowUpStatus.ON_TRACK, sek("120000")));
        event(STOCKHOLM, SPRING, new GrantFollowUpReported(SPRING, iva, LocalDate.of(2022, 6, 15), "Klart",
                FollowUpStatus.COMPLETED, null));
        projector.deliver(log.all());

        FundingCallView view = call(STOCKHOLM, SPRING).orElseThrow();
        assertThat(view.status()).isEqualTo(FundingCallStatus.CLOSED);
        assertThat(view.closedOn()).isEqualTo(LocalDate.of(2021, 3, 12));
        assertThat(view.granted()).isEqualTo(sek("250000.25"));
        assertThat(view.remainingBudget()).isEqualTo(sek("7249999.75"));
        assertThat(view.version()).isEqualTo(7);
        assertThat(view.position()).isEqualTo(107);
        assertThat(view.applications()).extracting(FundingCallView.Application::applicationId).containsExactly(iva, other);
        assertThat(view.applications().get(0)).isEqualTo(new FundingCallView.Application(iva, CONTINUATION,
                "IVA-dagboken", SOS, initiative, sek("300000.50"), LocalDate.of(2021, 3, 1), ApplicationStatus.GRANTED,
                new FundingCallView.Assessment("Tydligt behov", 85, Recommendation.GRANT,
                        "Innovationsfondens bedömningsgrupp", LocalDate.of(2021, 4, 16)),
                DECIDED, sek("250000.25"), null, List.of(
                new FundingCallView.FollowUp(LocalDate.of(2021, 12, 15), "I bruk", FollowUpStatus.ON_TRACK,
                        sek("120000")),
                new FundingCallView.FollowUp(LocalDate.of(2022, 6, 15), "Klart", FollowUpStatus.COMPLETED, null))));
        assertThat(view.applications().get(1)).isEqualTo(new FundingCallView.Application(other, NEW, "Annan", SOS,
                null, sek("100000"), LocalDate.of(2021, 3, 2), ApplicationStatus.SUBMITTED, null, null, null, null,
                List.of()));

        assertThat(calls(STOCKHOLM, null, null)).containsExactly(new FundingCallSummary(SPRING, STOCKHOLM, FUND, 1,
                2021, sek("7500000"), LocalDate.of(2021, 1, 11), LocalDate.of(2021, 3, 30), FundingCallStatus.CLOSED,
                LocalDate.of(2021, 3, 12), 2, 1, sek("250000.25"), 7, 107));
    }

    @Test
    void theYearsReportSaysWhatTheSourceSays143Applications58Grants40point6Percent() {
        innovationsfonden2021();
        projector.deliver(log.all());

        FundingReport report = report(STOCKHOLM, 2021, null);
        assertThat(report.total().applications()).isEqualTo(143);
        assertThat(report.total().grants()).isEqualTo(58);
        assertThat(report.total().rejections()).isEqualTo(85);
        assertThat(report.total().undecided()).isZero();
        assertThat(report.total().grantRate()).isEqualByComparingTo("40.6").hasToString("40.6");
        assertThat(report.total().budget()).isEqualTo(sek("15000000"));
        assertThat(report.calls()).extracting(FundingReport.CallFigures::round).containsExactly(1, 2);
        assertThat(report.calls()).extracting(c -> c.figures().grantRate().toPlainString())
                .as("30 of 75 and 28 of 68 (41.176…)").containsExactly("40.0", "41.2");
        assertThat(report.position()).isEqualTo(log.all().size() + 99);
    }

    /**
     * Every figure recounted straight from the events, independently of the projection: the report must agree to
     * the öre, per call, per kind and for the year.
     */
    @Test
    void everyFigureReconcilesWithTheEvents() {
        innovationsfonden2021();
        opened(STOCKHOLM, FundingCallId.of("call-2021-3"), FUND, 3, 2021, sek("1000000"));
        event(STOCKHOLM, FundingCallId.of("call-2021-3"), new FundingApplicationSubmitted(
                FundingCallId.of("call-2021-3"), FundingApplicationId.of("app-undecided"), IMPLEMENTATION, "Väntar",
                SOS, null, sek("555.55"), LocalDate.of(2021, 11, 1)));
        projector.deliver(log.all());

        Recount expected = new Recount();
        log.all().forEach(message -> expected.count(message.getPayload()));
        FundingReport report = report(STOCKHOLM, 2021, FUND);

        assertThat(report.calls()).hasSize(3);
        for (FundingReport.CallFigures call : report.calls()) {
            assertThat(call.figures()).as(call.callId().value()).isEqualTo(expected.figures(call.callId()));
        }
        assertThat(report.total()).isEqualTo(expected.figures(null));
        assertThat(report.total().undecided()).isEqualTo(1);
        assertThat(report.total().applications()).isEqualTo(
                report.total().grants() + report.total().rejections() + report.total().undecided());
        assertThat(report.total().remainingBudget()).isEqualTo(report.total().budget().minus(report.total().granted()));
    }

    @Test
    void theGrantRateIsRoundedHalfUpToOneDecimal() {
        opened(STOCKHOLM, SPRING, FUND, 1, 2021, sek("7500000"));
        round(SPRING, 16, 1, 15);
        opened(STOCKHOLM, AUTUMN, FUND, 2, 2021, sek("7500000"));
        round(AUTUMN, 3, 2, 0);
        projector.deliver(log.all());

        FundingReport report = report(STOCKHOLM, 2021, null);
        assertThat(report.calls().get(0).figures().grantRate()).as("1 of 16 is 6.25: HALF_UP, not HALF_EVEN")
                .hasToString("6.3");
        assertThat(report.calls().get(1).figures().grantRate()).as("2 of 3").hasToString("66.7");
        assertThat(report.calls().get(1).figures().undecided()).isEqualTo(1);
        assertThat(report.total().grantRate()).as("3 of 19 is 15.789…").hasToString("15.8");
        assertThat(FundingReport.grantRate(58, 143)).hasToString("40.6");
        assertThat(FundingReport.grantRate(0, 0)).as("no applications, no rate").isNull();
    }

    @Test
    void everyKindIsListedAlsoWithoutApplications() {
        opened(STOCKHOLM, SPRING, FUND, 1, 2021, sek("7500000"));
        event(STOCKHOLM, SPRING, new FundingApplicationSubmitted(SPRING, app(SPRING, 1), NEW, "Ny", SOS, null,
                sek("1000"), LocalDate.of(2021, 3, 1)));
        projector.deliver(log.all());

        FundingReport.Figures figures = report(STOCKHOLM, 2021, null).total();
        assertThat(figures.byKind()).extracting(FundingReport.KindFigures::kind)
                .containsExactly(NEW, CONTINUATION, IMPLEMENTATION);
        assertThat(figures.byKind().get(2)).isEqualTo(new FundingReport.KindFigures(IMPLEMENTATION, 0, 0, 0, null,
                sek("0"), sek("0")));
        assertThat(figures.grantRate()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void yearFundAndTenantSelectTheCalls() {
        innovationsfonden2021();
        opened(STOCKHOLM, FundingCallId.of("call-2020-2"), FUND, 2, 2020, sek("7500000"));
        opened(STOCKHOLM, FundingCallId.of("call-iuu-2021"), "IUU strategiska medel", 1, 2021, sek("5000000"));
        opened(VASTERBOTTEN, FundingCallId.of("call-vll-2021"), FUND, 1, 2021, sek("1000000"));
        projector.deliver(log.all());

        assertThat(calls(STOCKHOLM, null, null)).extracting(c -> c.callId().value())
                .containsExactly("call-2020-2", "call-iuu-2021", "call-2021-1", "call-2021-2");
        assertThat(calls(STOCKHOLM, 2021, FUND)).extracting(c -> c.callId().value())
                .containsExactly("call-2021-1", "call-2021-2");
        assertThat(calls(STOCKHOLM, 2021, null)).hasSize(3);
        assertThat(calls(VASTERBOTTEN, null, null)).extracting(c -> c.callId().value()).containsExactly("call-vll-2021");
        assertThat(calls(TenantId.of("region-gotland"), null, null)).isEmpty();

        assertThat(report(STOCKHOLM, 2021, null).total().budget()).isEqualTo(sek("20000000"));
        assertThat(report(STOCKHOLM, 2021, FUND).total().applications()).isEqualTo(143);
        assertThat(report(VASTERBOTTEN, 2021, FUND).total().applications()).as("another region's fund").isZero();
        assertThat(report(VASTERBOTTEN, 2021, FUND).calls()).hasSize(1);

        assertThat(call(VASTERBOTTEN, SPRING)).as("another region's call is not found").isEmpty();
        assertThat(call(STOCKHOLM, FundingCallId.of("call-vll-2021"))).isEmpty();
        FundingReport nothing = report(TenantId.of("region-gotland"), 2021, null);
        assertThat(nothing.calls()).isEmpty();
        assertThat(nothing.total().applications()).isZero();
        assertThat(nothing.total().grantRate()).isNull();
        assertThat(nothing.total().currency()).as("no calls, no currency").isNull();
        assertThat(nothing.position()).isZero();
    }

    @Test
    void amountsOfDifferentCurrenciesAreNeverAdded() {
        opened(STOCKHOLM, SPRING, FUND, 1, 2021, sek("7500000"));
        opened(STOCKHOLM, AUTUMN, "EU-medel", 1, 2021, Money.of("100000", "EUR"));
        projector.deliver(log.all());

        FundingReport report = report(STOCKHOLM, 2021, null);
        assertThat(report.calls()).extracting(c -> c.figures().budget())
                .containsExactly(Money.of("100000", "EUR"), sek("7500000"));
        assertThat(report.total().currency()).isNull();
        assertThat(report.total().budget()).isNull();
        assertThat(report.total().granted()).isNull();
        assertThat(report.total().byKind()).allSatisfy(kind -> assertThat(kind.requested()).isNull());
    }

    @Test
    void redeliveryChangesNothing() {
        innovationsfonden2021();
        projector.deliver(log.all());
        FundingReport before = report(STOCKHOLM, 2021, null);
        Map<String, ?> documents = MONGO.snapshot(FundingCallDocument.COLLECTION);

        projector.deliver(log.all());
        projector.deliver(log.all().subList(2, 40)); // older submissions again after everything else

        assertThat(MONGO.snapshot(FundingCallDocument.COLLECTION)).isEqualTo(documents);
        assertThat(report(STOCKHOLM, 2021, null)).isEqualTo(before);
    }

    @Test
    void resetEmptiesTheCallsAndAReplayRebuildsThemIdentically() {
        innovationsfonden2021();
        projector.deliver(log.all());
        FundingReport report = report(STOCKHOLM, 2021, null);
        Map<String, ?> documents = MONGO.snapshot(FundingCallDocument.COLLECTION);
        MONGO.template().getCollection("missions").insertOne(new org.bson.Document("_id", "mission-x"));

        projector.reset();

        assertThat(MONGO.count(FundingCallDocument.COLLECTION)).isZero();
        assertThat(MONGO.count("missions")).as("another read model survives").isEqualTo(1);
        assertThat(calls(STOCKHOLM, null, null)).isEmpty();

        projector.replay(log.all());

        assertThat(MONGO.snapshot(FundingCallDocument.COLLECTION)).isEqualTo(documents);
        assertThat(report(STOCKHOLM, 2021, null)).isEqualTo(report);
    }

    private Optional<FundingCallView> call(TenantId tenant, FundingCallId id) {
        return projector.query(new FindFundingCall(tenant, id), ResponseTypes.optionalInstanceOf(FundingCallView.class));
    }

    private List<FundingCallSummary> calls(TenantId tenant, Integer year, String fund) {
        return projector.query(new FetchFundingCalls(tenant, year, fund),
                ResponseTypes.multipleInstancesOf(FundingCallSummary.class));
    }

    private FundingReport report(TenantId tenant, int year, String fund) {
        return projector.query(new FetchFundingReport(tenant, year, fund), ResponseTypes.instanceOf(FundingReport.class));
    }

    /** The report's figures counted from the events alone: a second, naive implementation to reconcile against. */
    private static final class Recount {

        private record Application(FundingCallId call, ApplicationKind kind, Money requested) {
        }

        private final Map<FundingCallId, Money> budgets = new HashMap<>();
        private final Map<FundingApplicationId, Application> applications = new HashMap<>();
        private final Map<FundingApplicationId, Money> grants = new HashMap<>();
        private final Map<FundingApplicationId, Boolean> rejections = new HashMap<>();

        void count(Object event) {
            if (event instanceof FundingCallOpened opened) {
                budgets.put(opened.callId(), opened.budget());
            } else if (event instanceof FundingApplicationSubmitted s) {
                applications.put(s.applicationId(), new Application(s.callId(), s.kind(), s.requested()));
            } else if (event instanceof FundingApplicationGranted g) {
                grants.put(g.applicationId(), g.amount());
            } else if (event instanceof FundingApplicationRejected r) {
                rejections.put(r.applicationId(), true);
            }
        }

        /** Of one call, or of all calls when {@code call} is null. */
        FundingReport.Figures figures(FundingCallId call) {
            Money zero = Money.zero("SEK");
            Money budget = budgets.entrySet().stream().filter(e -> call == null || e.getKey().equals(call))
                    .map(Map.Entry::getValue).reduce(zero, Money::plus);
            Map<ApplicationKind, int[]> counts = new EnumMap<>(ApplicationKind.class);
            Map<ApplicationKind, Money[]> sums = new EnumMap<>(ApplicationKind.class);
            for (ApplicationKind kind : ApplicationKind.values()) {
                counts.put(kind, new int[3]);
                sums.put(kind, new Money[]{zero, zero});
            }
            applications.forEach((id, a) -> {
                if (call != null && !a.call().equals(call)) {
                    return;
                }
                counts.get(a.kind())[0]++;
                sums.get(a.kind())[0] = sums.get(a.kind())[0].plus(a.requested());
                if (grants.containsKey(id)) {
                    counts.get(a.kind())[1]++;
                    sums.get(a.kind())[1] = sums.get(a.kind())[1].plus(grants.get(id));
                }
                if (rejections.containsKey(id)) {
                    counts.get(a.kind())[2]++;
                }
            });
            int applied = counts.values().stream().mapToInt(c -> c[0]).sum();
            int granted = counts.values().stream().mapToInt(c -> c[1]).sum();
            int rejected = counts.values().stream().mapToInt(c -> c[2]).sum();
            Money requestedSum = sums.values().stream().map(s -> s[0]).reduce(zero, Money::plus);
            Money grantedSum = sums.values().stream().map(s -> s[1]).reduce(zero, Money::plus);
            return new FundingReport.Figures(applied, granted, rejected, applied - granted - rejected,
                    FundingReport.grantRate(granted, applied), "SEK", requestedSum, grantedSum, budget,
                    budget.minus(grantedSum), counts.entrySet().stream().map(e -> new FundingReport.KindFigures(
                            e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                            FundingReport.grantRate(e.getValue()[1], e.getValue()[0]), sums.get(e.getKey())[0],
                            sums.get(e.getKey())[1])).toList());
        }
    }
}
