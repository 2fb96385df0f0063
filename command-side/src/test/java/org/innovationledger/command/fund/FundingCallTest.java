package org.innovationledger.command.fund;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.command.initiative.InitiativeDirectory;
import org.innovationledger.command.organisation.InMemoryOrganisationUnitDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.fund.AssessFundingApplication;
import org.innovationledger.kernel.fund.CloseFundingCall;
import org.innovationledger.kernel.fund.FollowUpStatus;
import org.innovationledger.kernel.fund.FundingApplicationAssessed;
import org.innovationledger.kernel.fund.FundingApplicationGranted;
import org.innovationledger.kernel.fund.FundingApplicationId;
import org.innovationledger.kernel.fund.FundingApplicationRejected;
import org.innovationledger.kernel.fund.FundingApplicationSubmitted;
import org.innovationledger.kernel.fund.FundingCallClosed;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.FundingCallOpened;
import org.innovationledger.kernel.fund.GrantFollowUpReported;
import org.innovationledger.kernel.fund.GrantFundingApplication;
import org.innovationledger.kernel.fund.OpenFundingCall;
import org.innovationledger.kernel.fund.Recommendation;
import org.innovationledger.kernel.fund.RejectFundingApplication;
import org.innovationledger.kernel.fund.ReportGrantFollowUp;
import org.innovationledger.kernel.fund.SubmitFundingApplication;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;
import static org.innovationledger.kernel.fund.ApplicationKind.CONTINUATION;
import static org.innovationledger.kernel.fund.ApplicationKind.NEW;

/** Region Stockholm's Innovationsfonden, first call of 2021: 7.5 MSEK, the year's 15 MSEK in two calls. */
class FundingCallTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");

    private static final FundingCallId CALL = FundingCallId.of("call-innovationsfonden-2021-1");
    private static final FundingApplicationId IVA = FundingApplicationId.of("app-iva-dagboken");
    private static final FundingApplicationId SPOLSTOL = FundingApplicationId.of("app-spolstol");
    private static final OrganisationUnitId SODERSJUKHUSET = OrganisationUnitId.of("unit-sos");
    private static final OrganisationUnitId NUS = OrganisationUnitId.of("unit-nus");
    private static final InitiativeId IVA_INITIATIVE = InitiativeId.of("ini-iva-dagboken");
    private static final InitiativeId VASTERBOTTEN_INITIATIVE = InitiativeId.of("ini-vasterbotten");

    private static final LocalDate OPENS = LocalDate.of(2021, 1, 11);
    private static final LocalDate CLOSES = LocalDate.of(2021, 3, 12);
    private static final LocalDate SUBMITTED = LocalDate.of(2021, 3, 1);
    private static final LocalDate ASSESSED = LocalDate.of(2021, 4, 16);
    private static final LocalDate DECIDED = LocalDate.of(2021, 5, 7);
    private static final String GROUP = "Innovationsfondens bedömningsgrupp";

    private AggregateTestFixture<FundingCall> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FundingCall.class);
        fixture.registerInjectableResource(new InMemoryOrganisationUnitDirectory()
                .add(SODERSJUKHUSET, STOCKHOLM, OrganisationUnitKind.HOSPITAL)
                .add(NUS, VASTERBOTTEN, OrganisationUnitKind.HOSPITAL));
        fixture.registerInjectableResource((InitiativeDirectory) initiative ->
                initiative.equals(IVA_INITIATIVE) ? Optional.of(STOCKHOLM)
                        : initiative.equals(VASTERBOTTEN_INITIATIVE) ? Optional.of(VASTERBOTTEN) : Optional.empty());
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "fondsekreterare",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                LedgerMetadata.DOCUMENT_REF, "RS 2019-0672");
    }

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    private static FundingCallOpened opened() {
        return new FundingCallOpened(CALL, STOCKHOLM, "Innovationsfonden", 1, 2021, sek("7500000"), OPENS, CLOSES,
                "Nyskapande produkter, tjänster och metoder");
    }

    private static FundingApplicationSubmitted submitted(FundingApplicationId id, String requested) {
        return new FundingApplicationSubmitted(CALL, id, NEW, "Ansökan " + id, SODERSJUKHUSET, null, sek(requested),
                SUBMITTED);
    }

    private static FundingApplicationAssessed assessed(FundingApplicationId id) {
        return new FundingApplicationAssessed(CALL, id, "Stort behov, tydlig plan", 4, Recommendation.GRANT, GROUP,
                ASSESSED);
    }

    private static SubmitFundingApplication submit(FundingApplicationId id, LocalDate on) {
        return new SubmitFundingApplication(CALL, id, NEW, "IVA-dagboken", SODERSJUKHUSET, null, sek("300000"), on,
                null);
    }

    private static GrantFundingApplication grant(FundingApplicationId id, String amount, LocalDate on) {
        return new GrantFundingApplication(CALL, id, sek(amount), on, null);
    }

    private static ReportGrantFollowUp followUp(LocalDate on, Money spent) {
        return new ReportGrantFollowUp(CALL, IVA, on, "Dagboken används på IVA", FollowUpStatus.ON_TRACK, spent,
                null);
    }

    /** A closed call with IVA-dagboken (300 000 requested) and Spolstol (200 000) assessed. */
    private static Object[] closedAndAssessed() {
        return new Object[]{opened(), submitted(IVA, "300000"), submitted(SPOLSTOL, "200000"),
                new FundingCallClosed(CALL, CLOSES), assessed(IVA), assessed(SPOLSTOL)};
    }

    @Nested
    class Open {

        @Test
        void callIsOpenedForTheCallersTenant() {
            fixture.givenNoPriorActivity()
                    .when(new OpenFundingCall(CALL, " Innovationsfonden ", 1, 2021, sek("7500000"), OPENS, CLOSES,
                            "Nyskapande produkter, tjänster och metoder"), metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(opened());
        }
    }

    @Nested
    class Close {

        @Test
        void callClosesAndAnswersItsNewVersion() {
            fixture.given(opened(), submitted(IVA, "300000"))
                    .when(new CloseFundingCall(CALL, CLOSES, 1L), metaData(STOCKHOLM))
                    .expectEvents(new FundingCallClosed(CALL, CLOSES))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aCallMayCloseEarly() {
            fixture.given(opened())
                    .when(new CloseFundingCall(CALL, OPENS, null), metaData(STOCKHOLM))
                    .expectEvents(new FundingCallClosed(CALL, OPENS));
        }

        @Test
        void aCallClosesOnce() {
            fixture.given(opened(), new FundingCallClosed(CALL, CLOSES))
                    .when(new CloseFundingCall(CALL, CLOSES.plusDays(1), null), metaData(STOCKHOLM))
                    .expectException(violatesRule("CALL_ALREADY_CLOSED"))
                    .expectNoEvents();
        }

        @Test
        void notBeforeItOpened() {
            fixture.given(opened())
                    .when(new CloseFundingCall(CALL, OPENS.minusDays(1), null), metaData(STOCKHOLM))
                    .expectException(violatesRule("CLOSURE_BEFORE_OPENING"))
                    .expectNoEvents();
        }

        @Test
        void notBeforeItsLastSubmission() {
            fixture.given(opened(), submitted(IVA, "300000"))
                    .when(new CloseFundingCall(CALL, SUBMITTED.minusDays(1), null), metaData(STOCKHOLM))
                    .expectException(violatesRule("CLOSURE_BEFORE_LAST_SUBMISSION"))
                    .expectNoEvents();
        }

        @Test
        void callOfAnotherTenantIsReportedUnknown() {
            fixture.given(opened())
                    .when(new CloseFundingCall(CALL, CLOSES, null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("FUNDING_CALL_UNKNOWN", 404))
                    .expectExceptionMessage(containsString(CALL.value()))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(opened(), submitted(IVA, "300000"))
                    .when(new CloseFundingCall(CALL, CLOSES, 0L), metaData(STOCKHOLM))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }
    }

    @Nested
    class Submit {

        @Test
        void applicationOfAUnitOfTheTenantIsSubmittedWithItsInitiative() {
            fixture.given(opened())
                    .when(new SubmitFundingApplication(CALL, IVA, CONTINUATION, "IVA-dagboken", SODERSJUKHUSET,
                            IVA_INITIATIVE, sek("300000"), OPENS, 0L), metaData(STOCKHOLM))
                    .expectEvents(new FundingApplicationSubmitted(CALL, IVA, CONTINUATION, "IVA-dagboken",
                            SODERSJUKHUSET, IVA_INITIATIVE, sek("300000"), OPENS))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void onTheClosingDayTheCallIsStillOpen() {
            fixture.given(opened())
                    .when(submit(IVA, CLOSES), metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aClosedCallTakesNoApplications() {
            fixture.given(opened(), new FundingCallClosed(CALL, SUBMITTED))
                    .when(submit(IVA, SUBMITTED), metaData(STOCKHOLM))
                    .expectException(violatesRule("CALL_CLOSED"))
                    .expectNoEvents();
        }

        @Test
        void notBeforeTheCallOpens() {
            fixture.given(opened())
                    .when(submit(IVA, OPENS.minusDays(1)), metaData(STOCKHOLM))
                    .expectException(violatesRule("SUBMISSION_OUTSIDE_CALL_PERIOD"))
                    .expectNoEvents();
        }

        @Test
        void notAfterTheCallsClosingDate() {
            fixture.given(opened())
                    .when(submit(IVA, CLOSES.plusDays(1)), metaData(STOCKHOLM))
                    .expectException(violatesRule("SUBMISSION_OUTSIDE_CALL_PERIOD"))
                    .expectNoEvents();
        }

        @Test
        void anApplicationIdIsSubmittedOnce() {
            fixture.given(opened(), submitted(IVA, "300000"))
                    .when(submit(IVA, SUBMITTED), metaData(STOCKHOLM))
                    .expectException(violatesRule("APPLICATION_ALREADY_SUBMITTED"))
                    .expectNoEvents();
        }

        @Test
        void theApplicantIsAUnitOfTheTenant() {
            fixture.given(opened())
                    .when(new SubmitFundingApplication(CALL, IVA, NEW, "Dagbok", NUS, null, sek("1000"), SUBMITTED,
                            null), metaData(STOCKHOLM))
                    .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void theInitiativeIsOneOfTheTenant() {
            for (InitiativeId initiative : new InitiativeId[]{VASTERBOTTEN_INITIATIVE, InitiativeId.of("ini-none")}) {
                fixture.given(opened())
                        .when(new SubmitFundingApplication(CALL, IVA, NEW, "Dagbok", SODERSJUKHUSET, initiative,
                                sek("1000"), SUBMITTED, null), metaData(STOCKHOLM))
                        .expectException(violatesRule("INITIATIVE_UNKNOWN_TO_FUND"))
                        .expectNoEvents();
            }
        }

        @Test
        void theRequestedAmountIsInTheCallsCurrency() {
            fixture.given(opened())
                    .when(new SubmitFundingApplication(CALL, IVA, NEW, "Dagbok", SODERSJUKHUSET, null,
                            Money.of("30000", "EUR"), SUBMITTED, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("AMOUNT_CURRENCY_MISMATCH"))
                    .expectNoEvents();
        }

        @Test
        void callOfAnotherTenantIsReportedUnknown() {
            fixture.given(opened())
                    .when(new SubmitFundingApplication(CALL, IVA, NEW, "Dagbok", NUS, null, sek("1000"), SUBMITTED,
                            null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("FUNDING_CALL_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(opened(), submitted(SPOLSTOL, "200000"))
                    .when(new SubmitFundingApplication(CALL, IVA, NEW, "Dagbok", SODERSJUKHUSET, null, sek("1000"),
                            SUBMITTED, 0L), metaData(STOCKHOLM))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }
    }

    @Nested
    class Assess {

        @Test
        void anApplicationIsAssessedWhileTheCallIsStillOpen() {
            fixture.given(opened(), submitted(IVA, "300000"))
                    .when(new AssessFundingApplication(CALL, IVA, "Stort behov, tydlig plan", 4, Recommendation.GRANT,
                            GROUP, ASSESSED, 1L), metaData(STOCKHOLM))
                    .expectEvents(assessed(IVA))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void scoreAndRecommendationAreOptional() {
            fixture.given(opened(), submitted(IVA, "300000"), new FundingCallClosed(CALL, CLOSES))
                    .when(new AssessFundingApplication(CALL, IVA, "Behöver kompletteras", null, null, GROUP, ASSESSED,
                            null), metaData(STOCKHOLM))
                    .expectEvents(new FundingApplicationAssessed(CALL, IVA, "Behöver kompletteras", null, null, GROUP,
                            ASSESSED));
        }

        @Test
        void anUnknownApplicationIsNotFound() {
            fixture.given(opened(), submitted(IVA, "300000"))
                    .when(new AssessFundingApplication(CALL, SPOLSTOL, "Bra", null, null, GROUP, ASSESSED, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("FUNDING_APPLICATION_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void anApplicationIsAssessedOnce() {
            fixture.given(opened(), submitted(IVA, "300000"), assessed(IVA))
                    .when(new AssessFundingApplication(CALL, IVA, "Omprövning", null, null, GROUP, ASSESSED, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("APPLICATION_ALREADY_ASSESSED"))
                    .expectNoEvents();
        }

        @Test
        void aDecidedApplicationIsNotAssessedAgain() {
            fixture.given(closedAndAssessed())
                    .andGiven(new FundingApplicationRejected(CALL, IVA, "Utanför fondens syfte", DECIDED))
                    .when(new AssessFundingApplication(CALL, IVA, "Omprövning", null, null, GROUP, DECIDED, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("APPLICATION_ALREADY_DECIDED"))
                    .expectNoEvents();
        }

        @Test
        void notBeforeItWasSubmitted() {
            fixture.given(opened(), submitted(IVA, "300000"))
                    .when(new AssessFundingApplication(CALL, IVA, "Bra", null, null, GROUP, SUBMITTED.minusDays(1),
                            null), metaData(STOCKHOLM))
                    .expectException(violatesRule("ASSESSMENT_BEFORE_SUBMISSION"))
                    .expectNoEvents();
        }

        @Test
        void callOfAnotherTenantIsReportedUnknown() {
            fixture.given(opened(), submitted(IVA, "300000"))
                    .when(new AssessFundingApplication(CALL, IVA, "Bra", null, null, GROUP, ASSESSED, null),
                            metaData(VASTERBOTTEN))
                    .expectException(violatesRule("FUNDING_CALL_UNKNOWN", 404))
                    .expectNoEvents();
        }
    }

    @Nested
    class Grant {

        @Test
        void anAssessedApplicationOfAClosedCallIsGranted() {
            fixture.given(closedAndAssessed())
                    .when(new GrantFundingApplication(CALL, IVA, sek("250000"), DECIDED, 5L), metaData(STOCKHOLM))
                    .expectEvents(new FundingApplicationGranted(CALL, IVA, sek("250000"), DECIDED))
                    .expectResultMessagePayload(6L);
        }

        @Test
        void theWholeRequestedAmountMayBeGranted() {
            fixture.given(closedAndAssessed())
                    .when(grant(IVA, "300000.00", DECIDED), metaData(STOCKHOLM))
                    .expectEvents(new FundingApplicationGranted(CALL, IVA, sek("300000"), DECIDED));
        }

        @Test
        void notMoreThanWasRequested() {
            fixture.given(closedAndAssessed())
                    .when(grant(IVA, "300000.01", DECIDED), metaData(STOCKHOLM))
                    .expectException(violatesRule("GRANT_EXCEEDS_REQUESTED"))
                    .expectNoEvents();
        }

        @Test
        void theCallGrantsUpToItsBudgetExactly() {
            fixture.given(opened(), submitted(IVA, "7400000"), submitted(SPOLSTOL, "200000"),
                            new FundingCallClosed(CALL, CLOSES), assessed(IVA), assessed(SPOLSTOL),
                            new FundingApplicationGranted(CALL, IVA, sek("7400000"), DECIDED))
                    .when(grant(SPOLSTOL, "100000", DECIDED), metaData(STOCKHOLM))
                    .expectEvents(new FundingApplicationGranted(CALL, SPOLSTOL, sek("100000"), DECIDED));
        }

        @Test
        void neverAboveTheCallsBudget() {
            fixture.given(opened(), submitted(IVA, "7400000"), submitted(SPOLSTOL, "200000"),
                            new FundingCallClosed(CALL, CLOSES), assessed(IVA), assessed(SPOLSTOL),
                            new FundingApplicationGranted(CALL, IVA, sek("7400000"), DECIDED))
                    .when(grant(SPOLSTOL, "100000.01", DECIDED), metaData(STOCKHOLM))
                    .expectException(violatesRule("CALL_BUDGET_EXCEEDED"))
                    .expectExceptionMessage(containsString("100000.00 SEK is left"))
                    .expectNoEvents();
        }

        @Test
        void theAmountIsInTheCallsCurrency() {
            fixture.given(closedAndAssessed())
                    .when(new GrantFundingApplication(CALL, IVA, Money.of("20000", "DKK"), DECIDED, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("AMOUNT_CURRENCY_MISMATCH"))
                    .expectNoEvents();
        }

        @Test
        void notWhileTheCallIsOpen() {
            fixture.given(opened(), submitted(IVA, "300000"), assessed(IVA))
                    .when(grant(IVA, "100000", DECIDED), metaData(STOCKHOLM))
                    .expectException(violatesRule("CALL_STILL_OPEN"))
                    .expectNoEvents();
        }

        @Test
        void notBeforeTheAssessment() {
            fixture.given(opened(), submitted(IVA, "300000"), new FundingCallClosed(CALL, CLOSES))
                    .when(grant(IVA, "100000", DECIDED), metaData(STOCKHOLM))
                    .expectException(violatesRule("APPLICATION_NOT_ASSESSED"))
                    .expectNoEvents();
        }

        @Test
        void notDatedBeforeTheCallClosed() {
            fixture.given(opened(), submitted(IVA, "300000"),
                            new FundingApplicationAssessed(CALL, IVA, "Bra", null, null, GROUP, SUBMITTED),
                            new FundingCallClosed(CALL, CLOSES))
                    .when(grant(IVA, "100000", CLOSES.minusDays(1)), metaData(STOCKHOLM))
                    .expectException(violatesRule("DECISION_BEFORE_CLOSURE"))
                    .expectNoEvents();
        }

        @Test
        void notDatedBeforeTheAssessment() {
            fixture.given(closedAndAssessed())
                    .when(grant(IVA, "100000", ASSESSED.minusDays(1)), metaData(STOCKHOLM))
                    .expectException(violatesRule("DECISION_BEFORE_ASSESSMENT"))
                    .expectNoEvents();
        }

        @Test
        void aGrantedApplicationIsNeverDecidedAgain() {
            fixture.given(closedAndAssessed())
                    .andGiven(new FundingApplicationGranted(CALL, IVA, sek("100000"), DECIDED))
                    .when(grant(IVA, "100000", DECIDED), metaData(STOCKHOLM))
                    .expectException(violatesRule("APPLICATION_ALREADY_DECIDED"))
                    .expectNoEvents();
        }

        @Test
        void anUnknownApplicationIsNotFound() {
            fixture.given(closedAndAssessed())
                    .when(grant(FundingApplicationId.of("app-other"), "100000", DECIDED), metaData(STOCKHOLM))
                    .expectException(violatesRule("FUNDING_APPLICATION_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void callOfAnotherTenantIsReportedUnknown() {
            fixture.given(closedAndAssessed())
                    .when(grant(IVA, "100000", DECIDED), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("FUNDING_CALL_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(closedAndAssessed())
                    .when(new GrantFundingApplication(CALL, IVA, sek("100000"), DECIDED, 4L), metaData(STOCKHOLM))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }
    }

    @Nested
    class Reject {

        @Test
        void anAssessedApplicationOfAClosedCallIsRejected() {
            fixture.given(closedAndAssessed())
                    .when(new RejectFundingApplication(CALL, SPOLSTOL, " Utanför fondens syfte ", DECIDED, null),
                            metaData(STOCKHOLM))
                    .expectEvents(new FundingApplicationRejected(CALL, SPOLSTOL, "Utanför fondens syfte", DECIDED))
                    .expectResultMessagePayload(6L);
        }

        @Test
        void aRejectedApplicationIsNeverDecidedAgain() {
            fixture.given(closedAndAssessed())
                    .andGiven(new FundingApplicationRejected(CALL, SPOLSTOL, "Utanför fondens syfte", DECIDED))
                    .when(grant(SPOLSTOL, "100000", DECIDED), metaData(STOCKHOLM))
                    .expectException(violatesRule("APPLICATION_ALREADY_DECIDED"))
                    .expectNoEvents();
            fixture.given(closedAndAssessed())
                    .andGiven(new FundingApplicationGranted(CALL, SPOLSTOL, sek("100000"), DECIDED))
                    .when(new RejectFundingApplication(CALL, SPOLSTOL, "Ångrat", DECIDED, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("APPLICATION_ALREADY_DECIDED"))
                    .expectNoEvents();
        }

        @Test
        void notWhileTheCallIsOpenNorBeforeTheAssessment() {
            fixture.given(opened(), submitted(IVA, "300000"), assessed(IVA))
                    .when(new RejectFundingApplication(CALL, IVA, "Nej", DECIDED, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("CALL_STILL_OPEN"))
                    .expectNoEvents();
            fixture.given(opened(), submitted(IVA, "300000"), new FundingCallClosed(CALL, CLOSES))
                    .when(new RejectFundingApplication(CALL, IVA, "Nej", DECIDED, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("APPLICATION_NOT_ASSESSED"))
                    .expectNoEvents();
        }

        @Test
        void callOfAnotherTenantIsReportedUnknown() {
            fixture.given(closedAndAssessed())
                    .when(new RejectFundingApplication(CALL, IVA, "Nej", DECIDED, null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("FUNDING_CALL_UNKNOWN", 404))
                    .expectNoEvents();
        }
    }

    @Nested
    class FollowUp {

        private Object[] granted() {
            return new Object[]{opened(), submitted(IVA, "300000"), new FundingCallClosed(CALL, CLOSES),
                    assessed(IVA), new FundingApplicationGranted(CALL, IVA, sek("250000"), DECIDED)};
        }

        @Test
        void aGrantedProjectIsFollowedUpWithWhatItSpent() {
            LocalDate december = LocalDate.of(2021, 12, 15);
            fixture.given(granted())
                    .when(followUp(december, sek("120000")), metaData(STOCKHOLM))
                    .expectEvents(new GrantFollowUpReported(CALL, IVA, december, "Dagboken används på IVA",
                            FollowUpStatus.ON_TRACK, sek("120000")))
                    .expectResultMessagePayload(5L);
        }

        @Test
        void followUpsAddUpAndSpentIsOptional() {
            fixture.given(granted())
                    .andGiven(new GrantFollowUpReported(CALL, IVA, DECIDED, "Start", FollowUpStatus.ON_TRACK, null))
                    .when(new ReportGrantFollowUp(CALL, IVA, DECIDED.plusMonths(6), "Klart", FollowUpStatus.COMPLETED,
                            null, 5L), metaData(STOCKHOLM))
                    .expectEvents(new GrantFollowUpReported(CALL, IVA, DECIDED.plusMonths(6), "Klart",
                            FollowUpStatus.COMPLETED, null));
        }

        @Test
        void onlyGrantedProjectsAreFollowedUp() {
            fixture.given(closedAndAssessed())
                    .when(followUp(DECIDED, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("APPLICATION_NOT_GRANTED"))
                    .expectNoEvents();
            fixture.given(closedAndAssessed())
                    .andGiven(new FundingApplicationRejected(CALL, IVA, "Nej", DECIDED))
                    .when(followUp(DECIDED, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("APPLICATION_NOT_GRANTED"))
                    .expectNoEvents();
        }

        @Test
        void notBeforeTheGrant() {
            fixture.given(granted())
                    .when(followUp(DECIDED.minusDays(1), null), metaData(STOCKHOLM))
                    .expectException(violatesRule("FOLLOW_UP_BEFORE_GRANT"))
                    .expectNoEvents();
        }

        @Test
        void spentIsAtMostTheGrantAndInItsCurrency() {
            fixture.given(granted())
                    .when(followUp(DECIDED, sek("250000.01")), metaData(STOCKHOLM))
                    .expectException(violatesRule("SPENT_EXCEEDS_GRANT"))
                    .expectNoEvents();
            fixture.given(granted())
                    .when(followUp(DECIDED, Money.of("100", "EUR")), metaData(STOCKHOLM))
                    .expectException(violatesRule("AMOUNT_CURRENCY_MISMATCH"))
                    .expectNoEvents();
        }

        @Test
        void anUnknownApplicationIsNotFoundAndAnotherTenantsCallUnknown() {
            fixture.given(granted())
                    .when(new ReportGrantFollowUp(CALL, SPOLSTOL, DECIDED, "?", FollowUpStatus.DELAYED, null, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("FUNDING_APPLICATION_UNKNOWN", 404))
                    .expectNoEvents();
            fixture.given(granted())
                    .when(followUp(DECIDED, null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("FUNDING_CALL_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(granted())
                    .when(new ReportGrantFollowUp(CALL, IVA, DECIDED, "?", FollowUpStatus.DELAYED, null, 3L),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }
    }
}
