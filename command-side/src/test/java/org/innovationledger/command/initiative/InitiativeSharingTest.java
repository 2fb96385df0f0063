package org.innovationledger.command.initiative;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.command.organisation.InMemoryOrganisationUnitDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.CloseInitiative;
import org.innovationledger.kernel.initiative.EndInitiativeSharing;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.InitiativeClosed;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InitiativeShared;
import org.innovationledger.kernel.initiative.InitiativeSharingEnded;
import org.innovationledger.kernel.initiative.PublishResults;
import org.innovationledger.kernel.initiative.RetractGateDecision;
import org.innovationledger.kernel.initiative.ShareInitiative;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.GateOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;
import static org.innovationledger.command.initiative.TestProcessModels.STAGE_GATE;
import static org.innovationledger.command.initiative.TestProcessModels.STAGE_GATE_V1;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Sharing an initiative with another region for reading (joint projects between regions): only the owner shares
 * and ends sharing, never with itself, never twice; the region it is shared with reads and changes nothing.
 */
class InitiativeSharingTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final TenantId GOTLAND = TenantId.of("region-gotland");

    private static final InitiativeId INITIATIVE = InitiativeId.of("ini-ai-triage");
    private static final OrganisationUnitId CLINIC = OrganisationUnitId.of("unit-akuten");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    private AggregateTestFixture<Initiative> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Initiative.class);
        // the other handlers' collaborators must resolve; sharing itself asks none of them
        fixture.registerInjectableResource(new InMemoryOrganisationUnitDirectory());
        fixture.registerInjectableResource(new InMemoryNeedDirectory());
        fixture.registerInjectableResource(new InMemoryMissionDirectory());
        fixture.registerInjectableResource(new TestProcessModelCatalogue().serve(STAGE_GATE_V1, STAGE_GATE));
        fixture.registerInjectableResource(new SwitchablePartnerAgreements());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "anna.andersson",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                LedgerMetadata.REASON, "Gemensamt projekt med Region Skåne",
                LedgerMetadata.DOCUMENT_REF, "RS 2024-0815");
    }

    private static Map<String, Object> stockholm() {
        return metaData(STOCKHOLM);
    }

    private static InitiativeRegistered registered() {
        return new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage på akuten", null, CLINIC,
                InitiativeOrigin.NEED, NeedId.of("need-triage"), null, CaseType.INNOVATION, STAGE_GATE_V1, "NEED");
    }

    private static InitiativeShared shared(TenantId with) {
        return new InitiativeShared(INITIATIVE, STOCKHOLM, with);
    }

    private static InitiativeSharingEnded ended(TenantId with) {
        return new InitiativeSharingEnded(INITIATIVE, STOCKHOLM, with);
    }

    private static InitiativeClosed closed() {
        return new InitiativeClosed(INITIATIVE, "Slututvärdering: målen nåddes", DAY);
    }

    private static GateDecisionRecorded discontinued() {
        return new GateDecisionRecorded(INITIATIVE, INITIATIVE.value() + "-D1", "G1", GateOutcome.DISCONTINUE,
                "NEED", null, "Styrgruppen", List.of(), "Fail fast", List.of(), DAY, null);
    }

    private static ShareInitiative share(TenantId with) {
        return new ShareInitiative(INITIATIVE, with, null);
    }

    private static EndInitiativeSharing end(TenantId with) {
        return new EndInitiativeSharing(INITIATIVE, with, null);
    }

    // ---------------------------------------------------------------------------------------------- share

    @Nested
    class Share {

        @Test
        void theOwnerSharesWithAnotherRegionAndAnswersTheNewVersion() {
            fixture.given(registered())
                    .when(share(SKANE), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(shared(SKANE))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void anInitiativeIsSharedWithSeveralRegions() {
            fixture.given(registered(), shared(SKANE))
                    .when(share(GOTLAND), stockholm())
                    .expectEvents(shared(GOTLAND))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void sharingWithTheOwnerItselfIsRefused() {
            fixture.given(registered())
                    .when(share(STOCKHOLM), stockholm())
                    .expectException(violatesRule("SHARING_WITH_OWNER"))
                    .expectExceptionMessage(containsString("other regions only"))
                    .expectNoEvents();
        }

        @Test
        void sharingAgainWithARegionItIsSharedWithIsRefused() {
            fixture.given(registered(), shared(SKANE), shared(GOTLAND))
                    .when(share(SKANE), stockholm())
                    .expectException(violatesRule("INITIATIVE_ALREADY_SHARED", 409))
                    .expectExceptionMessage(containsString("already shared with region-skane"))
                    .expectNoEvents();
        }

        @Test
        void afterTheSharingEndedItMayBeSharedAgain() {
            fixture.given(registered(), shared(SKANE), ended(SKANE))
                    .when(share(SKANE), stockholm())
                    .expectEvents(shared(SKANE))
                    .expectResultMessagePayload(3L);
        }

        /** Auditors of joint projects need closed and ended initiatives too. */
        @Test
        void aClosedInitiativeMayBeShared() {
            fixture.given(registered(), closed())
                    .when(share(SKANE), stockholm())
                    .expectEvents(shared(SKANE));
        }

        @Test
        void anInitiativeEndedByADecisionMayBeShared() {
            fixture.given(registered(), discontinued(), closed())
                    .when(share(SKANE), stockholm())
                    .expectEvents(shared(SKANE));
            fixture.given(registered(), discontinued())
                    .when(share(SKANE), stockholm())
                    .expectEvents(shared(SKANE));
        }

        @Test
        void theCurrentExpectedVersionIsAccepted() {
            fixture.given(registered(), closed())
                    .when(new ShareInitiative(INITIATIVE, SKANE, 1L), stockholm())
                    .expectEvents(shared(SKANE))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aStaleExpectedVersionIsRefused() {
            fixture.given(registered(), closed())
                    .when(new ShareInitiative(INITIATIVE, SKANE, 0L), stockholm())
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void anotherRegionsInitiativeIsUnknown() {
            fixture.given(registered())
                    .when(share(GOTLAND), metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void theRegionItIsSharedWithCannotShareItOnward() {
            fixture.given(registered(), shared(SKANE))
                    .when(share(GOTLAND), metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void aShareWithoutRegionIsMalformed() {
            assertThrows(IllegalArgumentException.class, () -> new ShareInitiative(INITIATIVE, null, null));
            assertThrows(IllegalArgumentException.class, () -> new ShareInitiative(null, SKANE, null));
            assertThrows(IllegalArgumentException.class, () -> new InitiativeShared(INITIATIVE, null, SKANE));
            assertThrows(IllegalArgumentException.class, () -> new InitiativeShared(INITIATIVE, STOCKHOLM, null));
        }
    }

    // ---------------------------------------------------------------------------------------------- end sharing

    @Nested
    class EndSharing {

        @Test
        void theOwnerEndsASharingInForceAndAnswersTheNewVersion() {
            fixture.given(registered(), shared(SKANE))
                    .when(end(SKANE), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(ended(SKANE))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void endingOneSharingKeepsTheOthers() {
            fixture.given(registered(), shared(SKANE), shared(GOTLAND), ended(SKANE))
                    .when(end(GOTLAND), stockholm())
                    .expectEvents(ended(GOTLAND));
            fixture.given(registered(), shared(SKANE), shared(GOTLAND), ended(SKANE))
                    .when(share(GOTLAND), stockholm())
                    .expectException(violatesRule("INITIATIVE_ALREADY_SHARED"));
        }

        @Test
        void aSharingNeverInForceCannotEnd() {
            fixture.given(registered(), shared(GOTLAND))
                    .when(end(SKANE), stockholm())
                    .expectException(violatesRule("SHARING_NOT_IN_FORCE"))
                    .expectExceptionMessage(containsString("not shared with region-skane"))
                    .expectNoEvents();
        }

        @Test
        void anEndedSharingCannotEndAgain() {
            fixture.given(registered(), shared(SKANE), ended(SKANE))
                    .when(end(SKANE), stockholm())
                    .expectException(violatesRule("SHARING_NOT_IN_FORCE"))
                    .expectNoEvents();
        }

        @Test
        void theOwnerHasNoSharingWithItselfToEnd() {
            fixture.given(registered(), shared(SKANE))
                    .when(end(STOCKHOLM), stockholm())
                    .expectException(violatesRule("SHARING_NOT_IN_FORCE"))
                    .expectNoEvents();
        }

        @Test
        void sharingOfAClosedInitiativeMayEnd() {
            fixture.given(registered(), shared(SKANE), closed())
                    .when(end(SKANE), stockholm())
                    .expectEvents(ended(SKANE));
        }

        @Test
        void theCurrentExpectedVersionIsAcceptedAndAStaleOneRefused() {
            fixture.given(registered(), shared(SKANE))
                    .when(new EndInitiativeSharing(INITIATIVE, SKANE, 1L), stockholm())
                    .expectEvents(ended(SKANE));
            fixture.given(registered(), shared(SKANE))
                    .when(new EndInitiativeSharing(INITIATIVE, SKANE, 0L), stockholm())
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void theRegionItIsSharedWithCannotEndIt() {
            fixture.given(registered(), shared(SKANE))
                    .when(end(SKANE), metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void anotherRegionsInitiativeIsUnknown() {
            fixture.given(registered(), shared(SKANE))
                    .when(end(SKANE), metaData(GOTLAND))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void anEndWithoutRegionIsMalformed() {
            assertThrows(IllegalArgumentException.class, () -> new EndInitiativeSharing(INITIATIVE, null, null));
            assertThrows(IllegalArgumentException.class, () -> new InitiativeSharingEnded(INITIATIVE, STOCKHOLM, null));
        }
    }

    // ---------------------------------------------------------------------------------------------- read only

    /** Sharing is for reading: to the region it is shared with, the initiative stays unknown for every change. */
    @Nested
    class ReadOnlyForTheRegionSharedWith {

        @ParameterizedTest
        @MethodSource("org.innovationledger.command.initiative.InitiativeTest#changes")
        void everyChangeOfARunningInitiativeIsRefusedAsUnknown(Object change) {
            fixture.given(registered(), shared(SKANE))
                    .when(change, metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void closingRetractingAndPublishingAreRefusedAsUnknown() {
            List<Object> changes = List.of(
                    new CloseInitiative(INITIATIVE, "Slututvärdering", DAY, null),
                    new RetractGateDecision(INITIATIVE, INITIATIVE.value() + "-D1", "Fel grind", null),
                    new PublishResults(INITIATIVE, "Resultat", "Läkartidningen", null, DAY));
            for (Object change : changes) {
                fixture.given(registered(), discontinued(), shared(SKANE))
                        .when(change, metaData(SKANE))
                        .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                        .expectNoEvents();
            }
        }

        @Test
        void theOwnerStillChangesIt() {
            fixture.given(registered(), shared(SKANE))
                    .when(new CloseInitiative(INITIATIVE, "Slututvärdering: målen nåddes", DAY, null), stockholm())
                    .expectEvents(closed());
        }
    }
}
