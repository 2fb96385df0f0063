package org.innovationledger.command.agreement;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.command.initiative.Initiative;
import org.innovationledger.command.process.ProcessModelCatalogue;
import org.innovationledger.kernel.agreement.*;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.CareUnitAnchoringRecorded;
import org.innovationledger.kernel.initiative.EconomicValue;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.NeedsAndCostBaselineRecorded;
import org.innovationledger.kernel.initiative.PartyPosition;
import org.innovationledger.kernel.initiative.RecordGateDecision;
import org.innovationledger.kernel.initiative.ValueAnalysisCompleted;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;

/** The test-phase rule and the agreement numbering, against an event store holding real agreement events. */
class EventSourcedInitiativeAgreementsTest {

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final InitiativeId INITIATIVE = InitiativeId.of("ini-fallprevention");
    private static final InitiativeId OTHER = InitiativeId.of("ini-hemmonitorering");
    private static final OrganisationUnitId REGION = OrganisationUnitId.of("unit-region");
    private static final PartnerId MEDTECH = PartnerId.of("partner-medtech");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private static final AgreementTerms TERMS = new AgreementTerms(CostPrinciple.EACH_PARTY_OWN_COSTS, null,
            ResultOwnership.JOINT, null, null, null, null);

    private EmbeddedEventStore eventStore;
    private EventSourcedInitiativeAgreements agreements;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        agreements = new EventSourcedInitiativeAgreements(eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    private static AgreementContent content(AgreementType type, List<FollowUpDate> followUps, LocalDate validUntil) {
        return new AgreementContent("Avtal", type, List.of(AgreementParty.unit(REGION, "region"),
                AgreementParty.partner(MEDTECH, "företagspartner")), null, TERMS, followUps, List.of(),
                LocalDate.of(2024, 1, 1), validUntil, null);
    }

    private static List<FollowUpDate> twoFollowUps() {
        return List.of(new FollowUpDate("F1", LocalDate.of(2024, 9, 1)), new FollowUpDate("F2", LocalDate.of(2025, 3, 1)));
    }

    private void store(AgreementId id, Object... events) {
        for (Object event : events) {
            long sequence = sequences.merge(id.value(), 0L, (previous, ignored) -> previous + 1);
            eventStore.publish(new GenericDomainEventMessage<>("Agreement", id.value(), sequence, event));
        }
    }

    /** Drafts the initiative's next agreement and, if asked, has both parties sign it. */
    private AgreementId agreement(InitiativeId initiative, AgreementContent content, boolean signed) {
        AgreementId id = agreements.nextFor(initiative);
        store(id, new AgreementDrafted(id, VASTERBOTTEN, initiative, content));
        if (signed) {
            store(id, new AgreementSignedByParty(id, REGION.value(), "Regiondirektör", LocalDate.of(2024, 1, 10)),
                    new AgreementSignedByParty(id, MEDTECH.value(), "VD", LocalDate.of(2024, 1, 12)),
                    new AgreementInForce(id, LocalDate.of(2024, 1, 12)));
        }
        return id;
    }

    @Nested
    class Numbering {

        @Test
        void anInitiativesAgreementsAreNumberedFromOne() {
            assertThat(agreements.nextFor(INITIATIVE)).isEqualTo(AgreementId.of("agreement-ini-fallprevention-1"));
            agreement(INITIATIVE, content(AgreementType.NDA, List.of(), null), false);
            agreement(OTHER, content(AgreementType.NDA, List.of(), null), false);

            assertThat(agreements.nextFor(INITIATIVE)).isEqualTo(AgreementId.forInitiative(INITIATIVE, 2));
            assertThat(agreements.nextFor(OTHER)).isEqualTo(AgreementId.forInitiative(OTHER, 2));
            assertThat(agreements.agreementsOf(INITIATIVE)).hasSize(1);
        }

        @Test
        void aVeryLongInitiativeIdIsHashedIntoTheAgreementId() {
            InitiativeId longId = InitiativeId.of("ini-" + "x".repeat(60));
            AgreementId first = AgreementId.forInitiative(longId, 1);
            assertThat(first.value()).startsWith("agreement-").endsWith("-1").hasSizeLessThanOrEqualTo(64);
            assertThat(AgreementId.forInitiative(longId, 1)).isEqualTo(first);
            assertThat(agreements.nextFor(longId)).isEqualTo(first);
        }
    }

    @Nested
    class TestPhaseRule {

        @Test
        void noAgreementNoTestPhase() {
            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isFalse();
        }

        @Test
        void aPartnerAgreementInForceWithFollowUpsOpensTheTestPhase() {
            agreement(INITIATIVE, content(AgreementType.PARTNER, twoFollowUps(), LocalDate.of(2025, 12, 31)), true);

            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isTrue();
            assertThat(agreements.hasSignedAgreementWithFollowUps(OTHER, TODAY)).as("another initiative's").isFalse();
        }

        @Test
        void soDoesAValueBasedPaymentAgreementButNoOtherType() {
            agreement(INITIATIVE, content(AgreementType.NDA, twoFollowUps(), null), true);
            agreement(INITIATIVE, content(AgreementType.COLLABORATION, twoFollowUps(), null), true);
            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isFalse();

            agreement(INITIATIVE, content(AgreementType.VALUE_BASED_PAYMENT, twoFollowUps(), null), true);
            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isTrue();
            assertThat(agreements.agreementsOf(INITIATIVE)).hasSize(3);
        }

        @Test
        void aDraftSomePartiesSignedIsNotEnough() {
            AgreementId id = agreement(INITIATIVE, content(AgreementType.PARTNER, twoFollowUps(), null), false);
            store(id, new AgreementSignedByParty(id, REGION.value(), "Regiondirektör", LocalDate.of(2024, 1, 10)));

            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isFalse();
        }

        @Test
        void withoutFollowUpsAgreedInAdvanceItIsNotEnoughUntilAnAmendmentAddsThem() {
            AgreementId id = agreement(INITIATIVE, content(AgreementType.PARTNER, List.of(), null), true);
            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isFalse();

            store(id, new AgreementAmended(id, "T1", "Uppföljningar", null, twoFollowUps(), null, null, null, null));
            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isTrue();

            store(id, new AgreementAmended(id, "T2", "Inga uppföljningar", null, List.of(), null, null, null, null));
            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isFalse();
        }

        @Test
        void aRevisedDraftCountsAsRevised() {
            AgreementId id = agreements.nextFor(INITIATIVE);
            store(id, new AgreementDrafted(id, VASTERBOTTEN, INITIATIVE, content(AgreementType.NDA, List.of(), null)),
                    new AgreementDraftRevised(id, content(AgreementType.PARTNER, twoFollowUps(), null)),
                    new AgreementSignedByParty(id, REGION.value(), "Regiondirektör", LocalDate.of(2024, 1, 10)),
                    new AgreementSignedByParty(id, MEDTECH.value(), "VD", LocalDate.of(2024, 1, 12)),
                    new AgreementInForce(id, LocalDate.of(2024, 1, 12)));

            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isTrue();
        }

        @Test
        void aTerminatedOrExpiredAgreementIsNoLongerInForce() {
            AgreementId terminated = agreement(INITIATIVE, content(AgreementType.PARTNER, twoFollowUps(), null), true);
            store(terminated, new AgreementTerminated(terminated, List.of(MEDTECH.value()), "Avslutat",
                    LocalDate.of(2024, 3, 1), null));
            AgreementId expired = agreement(INITIATIVE, content(AgreementType.PARTNER,
                    List.of(new FollowUpDate("F1", LocalDate.of(2024, 2, 1))), LocalDate.of(2024, 3, 31)), true);
            store(expired, new AgreementExpired(expired, LocalDate.of(2024, 3, 31)));

            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isFalse();

            agreement(INITIATIVE, content(AgreementType.PARTNER, twoFollowUps(), null), true);
            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).as("a new one").isTrue();
        }

        @Test
        void anAgreementWhoseValidityRanOutDoesNotCountEvenBeforeItsExpiryIsRecorded() {
            agreement(INITIATIVE, content(AgreementType.PARTNER, List.of(new FollowUpDate("F1",
                    LocalDate.of(2024, 2, 1))), TODAY.minusDays(1)), true);
            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isFalse();
        }

        @Test
        void aDecisionIsJudgedByTheValidityOnItsOwnDayAsWhenARegionRecordsItsHistory() {
            agreement(INITIATIVE, content(AgreementType.PARTNER, List.of(new FollowUpDate("F1",
                    LocalDate.of(2024, 2, 1))), LocalDate.of(2024, 3, 31)), true);
            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, LocalDate.of(2024, 2, 15)))
                    .as("valid then, though run out today").isTrue();
            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, LocalDate.of(2023, 12, 31)))
                    .as("before its first day of validity").isFalse();
        }

        @Test
        void onItsLastDayOfValidityItStillCounts() {
            agreement(INITIATIVE, content(AgreementType.PARTNER, List.of(new FollowUpDate("F1",
                    LocalDate.of(2024, 2, 1))), TODAY), true);
            assertThat(agreements.hasSignedAgreementWithFollowUps(INITIATIVE, TODAY)).isTrue();
        }
    }

    /** The Initiative aggregate asks the event-sourced check at the VLL gate into STEG 4 (G3). */
    @Nested
    class AtTheVllGateIntoTheTestPhase {

        private AggregateTestFixture<Initiative> fixture;

        @BeforeEach
        void initiativeFixture() {
            fixture = new AggregateTestFixture<>(Initiative.class);
            fixture.registerInjectableResource(new ProcessModelCatalogue() {
                @Override
                public Optional<ProcessModelDefinition> find(TenantId tenant, ProcessModelRef ref) {
                    return BuiltInProcessModels.find(ref);
                }

                @Override
                public Optional<ProcessModelRef> latest(TenantId tenant, ProcessModelId id) {
                    return BuiltInProcessModels.latest(id);
                }
            });
            fixture.registerInjectableResource(agreements);
        }

        private Object[] caseInStegThreeWithItsAnalyses() {
            return new Object[]{new InitiativeRegistered(INITIATIVE, VASTERBOTTEN, "Sensorbaserad fallprevention",
                    null, REGION, InitiativeOrigin.PARTNER_OFFER, null, "Medtech AB", CaseType.INNOVATION,
                    BuiltInProcessModels.VLL_PARTNERSHIP, "STEG_3"),
                    new CareUnitAnchoringRecorded(INITIATIVE, REGION, "Färre fall"),
                    new NeedsAndCostBaselineRecorded(INITIATIVE, "Kostnad per fall kartlagd"),
                    new ValueAnalysisCompleted(INITIATIVE, "Positivt värde för patient och region",
                            EconomicValue.POSITIVE)};
        }

        private RecordGateDecision startTheTestPhase() {
            return new RecordGateDecision(INITIATIVE, "G3", GateOutcome.PROCEED, "Partnerskapets styrgrupp",
                    List.of(new PartyPosition("Region Västerbotten", GateOutcome.PROCEED),
                            new PartyPosition("Medtech AB", GateOutcome.PROCEED)),
                    "Partneravtal undertecknat med uppföljningar", List.of(), LocalDate.of(2024, 2, 1), null, null);
        }

        @Test
        void refusedWhileThePartnerAgreementIsOnlyDrafted() {
            agreement(INITIATIVE, content(AgreementType.PARTNER, twoFollowUps(), null), false);

            fixture.given(caseInStegThreeWithItsAnalyses())
                    .when(startTheTestPhase(), Map.of(LedgerMetadata.TENANT, VASTERBOTTEN.value()))
                    .expectException(violatesRule("ENTRY_REQUIREMENTS_MISSING"))
                    .expectNoEvents();
        }

        @Test
        void passesOnceItIsSignedByBothParties() {
            agreement(INITIATIVE, content(AgreementType.PARTNER, twoFollowUps(), null), true);

            fixture.given(caseInStegThreeWithItsAnalyses())
                    .when(startTheTestPhase(), Map.of(LedgerMetadata.TENANT, VASTERBOTTEN.value()))
                    .expectSuccessfulHandlerExecution()
                    .expectState(initiative -> assertThat(initiative).isNotNull());
        }
    }
}
