package org.innovationledger.command.need;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.command.initiative.InitiativeDirectory;
import org.innovationledger.command.organisation.InMemoryOrganisationUnitDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.need.AssignNeedOwner;
import org.innovationledger.kernel.need.HandOverNeed;
import org.innovationledger.kernel.need.IdentifyNeed;
import org.innovationledger.kernel.need.LinkNeedToInitiative;
import org.innovationledger.kernel.need.NeedCriterion;
import org.innovationledger.kernel.need.NeedHandedOver;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedIdentified;
import org.innovationledger.kernel.need.NeedLinkedToInitiative;
import org.innovationledger.kernel.need.NeedOwnerAssigned;
import org.innovationledger.kernel.need.NeedPrioritised;
import org.innovationledger.kernel.need.NeedReferred;
import org.innovationledger.kernel.need.NeedResolvedInternally;
import org.innovationledger.kernel.need.PrioritiseNeed;
import org.innovationledger.kernel.need.ReferNeed;
import org.innovationledger.kernel.need.ResolveNeedInternally;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.containsString;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;
import static org.innovationledger.kernel.need.CriterionWeight.BONUS;
import static org.innovationledger.kernel.need.CriterionWeight.MUST;
import static org.innovationledger.kernel.need.CriterionWeight.SHOULD;
import static org.innovationledger.kernel.need.NeedSource.SHADOWING;
import static org.innovationledger.kernel.need.NeedSource.STAFF;

class NeedTest {

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");

    private static final NeedId NEED = NeedId.of("need-fall-prevention");
    private static final OrganisationUnitId GERIATRICS = OrganisationUnitId.of("unit-nus-geriatrics");
    private static final OrganisationUnitId IDUN = OrganisationUnitId.of("unit-idun");
    private static final OrganisationUnitId KAROLINSKA = OrganisationUnitId.of("unit-karolinska");
    private static final InitiativeId AI_SITTER = InitiativeId.of("ini-ai-sitter");
    private static final InitiativeId SENSOR_FLOOR = InitiativeId.of("ini-sensor-floor");
    private static final InitiativeId STOCKHOLM_INITIATIVE = InitiativeId.of("ini-stockholm");
    private static final java.util.Set<InitiativeId> INITIATIVES_IN_VASTERBOTTEN = java.util.Set.of(AI_SITTER, SENSOR_FLOOR);

    private static final NeedCriterion CLEAR_NEED = new NeedCriterion("Tydligt behov och problemställning", MUST);
    private static final NeedCriterion OWNERSHIP = new NeedCriterion("Tydligt ägarskap i verksamheten", MUST);
    private static final NeedCriterion SCALABLE = new NeedCriterion("Internt nyttiggörande skalbart", SHOULD);
    private static final NeedCriterion FUNDING = new NeedCriterion("Extern finansiering möjlig", BONUS);

    private AggregateTestFixture<Need> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Need.class);
        fixture.registerInjectableResource(new InMemoryOrganisationUnitDirectory()
                .add(GERIATRICS, VASTERBOTTEN, OrganisationUnitKind.CLINIC)
                .add(IDUN, VASTERBOTTEN, OrganisationUnitKind.CLINIC)
                .add(KAROLINSKA, STOCKHOLM, OrganisationUnitKind.HOSPITAL));
        fixture.registerInjectableResource((InitiativeDirectory) initiative ->
                INITIATIVES_IN_VASTERBOTTEN.contains(initiative) ? Optional.of(VASTERBOTTEN)
                        : initiative.equals(STOCKHOLM_INITIATIVE) ? Optional.of(STOCKHOLM) : Optional.empty());
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "eva.lundqvist",
                LedgerMetadata.ROLE, "INNOVATION_COORDINATOR",
                LedgerMetadata.REASON, "Behov från skuggning på geriatriken",
                LedgerMetadata.DOCUMENT_REF, "RVN 2024-0112");
    }

    private static NeedIdentified identified() {
        return new NeedIdentified(NEED, VASTERBOTTEN, "Fall på avdelningen nattetid",
                "Patienter faller när vak saknas", SHADOWING, GERIATRICS);
    }

    /** Each way a need is closed, as the events that close it. */
    static Stream<Object> closings() {
        return Stream.of(new NeedResolvedInternally(NEED, "Nya rutiner för nattronden"),
                new NeedHandedOver(NEED, "Region Norrbotten", "Tar över inom sitt fallprojekt"),
                new NeedReferred(NEED, "Upphandling av sensorgolv", null));
    }

    @Nested
    class Identify {

        @Test
        void needIsIdentifiedAtAUnitOfTheCallersTenant() {
            fixture.givenNoPriorActivity()
                    .when(new IdentifyNeed(NEED, "  Fall på avdelningen nattetid ", "Patienter faller när vak saknas",
                            SHADOWING, GERIATRICS), metaData(VASTERBOTTEN))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(identified());
        }

        @Test
        void blankDescriptionIsRecordedAsNone() {
            fixture.givenNoPriorActivity()
                    .when(new IdentifyNeed(NEED, "Digital journal i hemmet", " ", STAFF, KAROLINSKA),
                            metaData(STOCKHOLM))
                    .expectEvents(new NeedIdentified(NEED, STOCKHOLM, "Digital journal i hemmet", null, STAFF,
                            KAROLINSKA));
        }

        @Test
        void unknownUnitIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new IdentifyNeed(NEED, "Fall", null, STAFF, OrganisationUnitId.of("unit-nowhere")),
                            metaData(VASTERBOTTEN))
                    .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN"))
                    .expectExceptionMessage(containsString("unit-nowhere"))
                    .expectNoEvents();
        }

        @Test
        void unitOfAnotherTenantIsRefusedAsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(new IdentifyNeed(NEED, "Fall", null, STAFF, KAROLINSKA), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN"))
                    .expectNoEvents();
        }
    }

    @Nested
    class AssignOwner {

        @Test
        void firstOwnerIsAssignedWithoutPreviousOwner() {
            fixture.given(identified())
                    .when(new AssignNeedOwner(NEED, IDUN, null), metaData(VASTERBOTTEN))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new NeedOwnerAssigned(NEED, IDUN, null))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void newOwnerNamesThePreviousOne() {
            fixture.given(identified(), new NeedOwnerAssigned(NEED, IDUN, null))
                    .when(new AssignNeedOwner(NEED, GERIATRICS, 1L), metaData(VASTERBOTTEN))
                    .expectEvents(new NeedOwnerAssigned(NEED, GERIATRICS, IDUN))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void theSameOwnerAgainIsRefused() {
            fixture.given(identified(), new NeedOwnerAssigned(NEED, IDUN, null))
                    .when(new AssignNeedOwner(NEED, IDUN, null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("NEED_OWNER_UNCHANGED"))
                    .expectNoEvents();
        }

        @Test
        void unknownOwnerUnitIsRefused() {
            fixture.given(identified())
                    .when(new AssignNeedOwner(NEED, OrganisationUnitId.of("unit-nowhere"), null),
                            metaData(VASTERBOTTEN))
                    .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN"))
                    .expectExceptionMessage(containsString("unit-nowhere"))
                    .expectNoEvents();
        }

        @Test
        void ownerUnitOfAnotherTenantIsRefusedAsUnknown() {
            fixture.given(identified())
                    .when(new AssignNeedOwner(NEED, KAROLINSKA, null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void needOfAnotherTenantIsReportedUnknownEvenForItsOwnUnit() {
            fixture.given(identified())
                    .when(new AssignNeedOwner(NEED, KAROLINSKA, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("NEED_UNKNOWN", 404))
                    .expectExceptionMessage(containsString(NEED.value()))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(identified(), new NeedOwnerAssigned(NEED, IDUN, null))
                    .when(new AssignNeedOwner(NEED, GERIATRICS, 0L), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectExceptionMessage("expected version 0 but the aggregate is at version 1")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @MethodSource("org.innovationledger.command.need.NeedTest#closings")
        void closedNeedTakesNoOwner(Object closing) {
            fixture.given(identified(), closing)
                    .when(new AssignNeedOwner(NEED, IDUN, null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("NEED_CLOSED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Prioritise {

        @Test
        void criteriaOfAllThreeTiersAreRecorded() {
            List<NeedCriterion> criteria = List.of(CLEAR_NEED, OWNERSHIP, SCALABLE, FUNDING);
            fixture.given(identified())
                    .when(new PrioritiseNeed(NEED, criteria, 0L), metaData(VASTERBOTTEN))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new NeedPrioritised(NEED, criteria))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aNewPrioritisationReplacesTheCriteria() {
            fixture.given(identified(), new NeedPrioritised(NEED, List.of(CLEAR_NEED, SCALABLE)))
                    .when(new PrioritiseNeed(NEED, List.of(OWNERSHIP), null), metaData(VASTERBOTTEN))
                    .expectEvents(new NeedPrioritised(NEED, List.of(OWNERSHIP)))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void criteriaWithoutAMustAreRefused() {
            fixture.given(identified())
                    .when(new PrioritiseNeed(NEED, List.of(SCALABLE, FUNDING), null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("NEED_WITHOUT_MUST_CRITERION"))
                    .expectNoEvents();
        }

        @Test
        void noCriteriaAtAllAreRefused() {
            fixture.given(identified())
                    .when(new PrioritiseNeed(NEED, List.of(), null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("NEED_WITHOUT_MUST_CRITERION"))
                    .expectNoEvents();
        }

        @Test
        void needOfAnotherTenantIsReportedUnknown() {
            fixture.given(identified())
                    .when(new PrioritiseNeed(NEED, List.of(CLEAR_NEED), 5L), metaData(STOCKHOLM))
                    .expectException(violatesRule("NEED_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(identified())
                    .when(new PrioritiseNeed(NEED, List.of(CLEAR_NEED), 3L), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @MethodSource("org.innovationledger.command.need.NeedTest#closings")
        void closedNeedIsNotPrioritised(Object closing) {
            fixture.given(identified(), closing)
                    .when(new PrioritiseNeed(NEED, List.of(CLEAR_NEED), null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("NEED_CLOSED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Link {

        @Test
        void needIsLinkedToAnInitiative() {
            fixture.given(identified())
                    .when(new LinkNeedToInitiative(NEED, AI_SITTER, 0L), metaData(VASTERBOTTEN))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new NeedLinkedToInitiative(NEED, AI_SITTER))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void needIsLinkedToASecondInitiative() {
            fixture.given(identified(), new NeedLinkedToInitiative(NEED, AI_SITTER))
                    .when(new LinkNeedToInitiative(NEED, SENSOR_FLOOR, null), metaData(VASTERBOTTEN))
                    .expectEvents(new NeedLinkedToInitiative(NEED, SENSOR_FLOOR))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void anInitiativeUnknownInTheTenantIsRefused() {
            for (InitiativeId initiative : List.of(InitiativeId.of("ini-unknown"), STOCKHOLM_INITIATIVE)) {
                fixture.given(identified())
                        .when(new LinkNeedToInitiative(NEED, initiative, null), metaData(VASTERBOTTEN))
                        .expectException(violatesRule("INITIATIVE_UNKNOWN_TO_LINK"))
                        .expectNoEvents();
            }
        }

        @Test
        void theSameInitiativeTwiceIsRefused() {
            fixture.given(identified(), new NeedLinkedToInitiative(NEED, AI_SITTER),
                            new NeedLinkedToInitiative(NEED, SENSOR_FLOOR))
                    .when(new LinkNeedToInitiative(NEED, AI_SITTER, null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("NEED_ALREADY_LINKED"))
                    .expectExceptionMessage(containsString(AI_SITTER.value()))
                    .expectNoEvents();
        }

        @Test
        void needOfAnotherTenantIsReportedUnknown() {
            fixture.given(identified())
                    .when(new LinkNeedToInitiative(NEED, AI_SITTER, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("NEED_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(identified(), new NeedLinkedToInitiative(NEED, AI_SITTER))
                    .when(new LinkNeedToInitiative(NEED, SENSOR_FLOOR, 0L), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @MethodSource("org.innovationledger.command.need.NeedTest#closings")
        void closedNeedIsNotLinked(Object closing) {
            fixture.given(identified(), closing)
                    .when(new LinkNeedToInitiative(NEED, AI_SITTER, null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("NEED_CLOSED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Close {

        @Test
        void resolvedInternally() {
            fixture.given(identified(), new NeedOwnerAssigned(NEED, IDUN, null))
                    .when(new ResolveNeedInternally(NEED, " Nya rutiner för nattronden ", 1L), metaData(VASTERBOTTEN))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new NeedResolvedInternally(NEED, "Nya rutiner för nattronden"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void handedOverWithANoteOnTheHandover() {
            fixture.given(identified())
                    .when(new HandOverNeed(NEED, "Umeå universitet", "Forskningsfråga om fallrisk", null),
                            metaData(VASTERBOTTEN))
                    .expectEvents(new NeedHandedOver(NEED, "Umeå universitet", "Forskningsfråga om fallrisk"))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void referredWithoutANote() {
            fixture.given(identified(), new NeedLinkedToInitiative(NEED, AI_SITTER))
                    .when(new ReferNeed(NEED, "Upphandling av sensorgolv", "  ", 1L), metaData(VASTERBOTTEN))
                    .expectEvents(new NeedReferred(NEED, "Upphandling av sensorgolv", null))
                    .expectResultMessagePayload(2L);
        }

        @ParameterizedTest
        @MethodSource("org.innovationledger.command.need.NeedTest#closings")
        void aClosedNeedIsNotClosedAgainInAnyWay(Object closing) {
            fixture.given(identified(), closing)
                    .when(new ResolveNeedInternally(NEED, "Löst ändå", null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("NEED_CLOSED"))
                    .expectNoEvents();
            fixture.given(identified(), closing)
                    .when(new HandOverNeed(NEED, "Region Norrbotten", null, null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("NEED_CLOSED"))
                    .expectNoEvents();
            fixture.given(identified(), closing)
                    .when(new ReferNeed(NEED, "Forskning", null, null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("NEED_CLOSED"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @MethodSource("org.innovationledger.command.need.NeedTest#closings")
        void closedNeedOfAnotherTenantIsReportedUnknownNotClosed(Object closing) {
            fixture.given(identified(), closing)
                    .when(new ReferNeed(NEED, "Forskning", null, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("NEED_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void needOfAnotherTenantIsNotResolvedOrHandedOver() {
            fixture.given(identified())
                    .when(new ResolveNeedInternally(NEED, "Löst", null), metaData(STOCKHOLM))
                    .expectException(violatesRule("NEED_UNKNOWN", 404))
                    .expectNoEvents();
            fixture.given(identified())
                    .when(new HandOverNeed(NEED, "Karolinska", null, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("NEED_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412ForEveryClosing() {
            fixture.given(identified())
                    .when(new ResolveNeedInternally(NEED, "Löst", 1L), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
            fixture.given(identified())
                    .when(new HandOverNeed(NEED, "Umeå universitet", null, 1L), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
            fixture.given(identified())
                    .when(new ReferNeed(NEED, "Forskning", null, 1L), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }
    }
}
