package org.innovationledger.command.mission;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.DefineMission;
import org.innovationledger.kernel.mission.MissionDefined;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.mission.MissionRenamed;
import org.innovationledger.kernel.mission.PrioritiseProgrammeAreas;
import org.innovationledger.kernel.mission.ProgrammeAreasPrioritised;
import org.innovationledger.kernel.mission.RenameMission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;

class MissionTest {

    private static final TenantId HOVEDSTADEN = TenantId.of("region-hovedstaden");
    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");

    private static final MissionId MISSION = MissionId.of("mission-workplace");
    private static final String TITLE = "En bæredygtig og attraktiv arbejdsplads";
    private static final String TOC_TITLE = "Et bæredygtigt og attraktiv sundhedsvæsen";
    private static final String AMBITION = "En bæredygtig og attraktiv arbejdsplads, hvor unødvendig diagnostik og"
            + " behandling er afviklet, og hvor ressourcer og kapacitet udnyttes bedst muligt.";
    private static final String CHALLENGE = "Et betydeligt antal konsultationer, undersøgelser og ambulatoriebesøg"
            + " skaber ikke værdi for patienten – og nogle vurderes endda som skadelige.";
    private static final List<String> AREAS = List.of("Afvikling – fjern det unødige", "Fremtidens ambulatorium",
            "Medmenneskeligt sundhedsvæsen");

    private AggregateTestFixture<Mission> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Mission.class);
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "mette.hansen",
                LedgerMetadata.ROLE, "MISSION_BOARD",
                LedgerMetadata.REASON, "Innovationsmissioner – en fælles retning for innovation");
    }

    private static MissionDefined defined() {
        return new MissionDefined(MISSION, HOVEDSTADEN, TITLE, AMBITION, CHALLENGE);
    }

    @Nested
    class Define {

        @Test
        void missionIsDefinedForTheCallersTenant() {
            fixture.givenNoPriorActivity()
                    .when(new DefineMission(MISSION, " " + TITLE + " ", AMBITION, CHALLENGE), metaData(HOVEDSTADEN))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(defined());
        }

        @Test
        void missionWithoutChallengeYetIsDefined() {
            MissionId health = MissionId.of("mission-health-where-you-are");
            fixture.givenNoPriorActivity()
                    .when(new DefineMission(health, "Sundhed, hvor du er",
                            "Borgeren oplever et sundhedsvæsen, der er nært, tilgængeligt og smidigt.", "  "),
                            metaData(HOVEDSTADEN))
                    .expectEvents(new MissionDefined(health, HOVEDSTADEN, "Sundhed, hvor du er",
                            "Borgeren oplever et sundhedsvæsen, der er nært, tilgængeligt og smidigt.", null));
        }
    }

    @Nested
    class Rename {

        @Test
        void renameCarriesThePreviousTitleAndAnswersTheNewVersion() {
            fixture.given(new MissionDefined(MISSION, HOVEDSTADEN, TOC_TITLE, AMBITION, CHALLENGE))
                    .when(new RenameMission(MISSION, TITLE, 0L), metaData(HOVEDSTADEN))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new MissionRenamed(MISSION, TOC_TITLE, TITLE))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void secondRenameCarriesTheTitleOfTheFirst() {
            fixture.given(defined(), new MissionRenamed(MISSION, TITLE, TOC_TITLE))
                    .when(new RenameMission(MISSION, "En bæredygtig arbejdsplads", null), metaData(HOVEDSTADEN))
                    .expectEvents(new MissionRenamed(MISSION, TOC_TITLE, "En bæredygtig arbejdsplads"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void renameToTheCurrentTitleIsRefused() {
            fixture.given(defined())
                    .when(new RenameMission(MISSION, "  " + TITLE, null), metaData(HOVEDSTADEN))
                    .expectException(violatesRule("MISSION_TITLE_UNCHANGED"))
                    .expectNoEvents();
        }

        @Test
        void backToAFormerTitleIsAChange() {
            fixture.given(defined(), new MissionRenamed(MISSION, TITLE, TOC_TITLE))
                    .when(new RenameMission(MISSION, TITLE, null), metaData(HOVEDSTADEN))
                    .expectEvents(new MissionRenamed(MISSION, TOC_TITLE, TITLE));
        }

        @Test
        void missionOfAnotherTenantIsReportedUnknown() {
            fixture.given(defined())
                    .when(new RenameMission(MISSION, "Arbetsmiljö", 9L), metaData(STOCKHOLM))
                    .expectException(violatesRule("MISSION_UNKNOWN", 404))
                    .expectExceptionMessage(containsString(MISSION.value()))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(defined(), new MissionRenamed(MISSION, TITLE, TOC_TITLE))
                    .when(new RenameMission(MISSION, "Ny titel", 0L), metaData(HOVEDSTADEN))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectExceptionMessage("expected version 0 but the aggregate is at version 1")
                    .expectNoEvents();
        }
    }

    @Nested
    class ProgrammeAreas {

        @Test
        void areasArePrioritisedInTheirOrder() {
            fixture.given(defined())
                    .when(new PrioritiseProgrammeAreas(MISSION, AREAS, 0L), metaData(HOVEDSTADEN))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ProgrammeAreasPrioritised(MISSION, AREAS))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void theSameAreasAgainAreRefused() {
            fixture.given(defined(), new ProgrammeAreasPrioritised(MISSION, AREAS))
                    .when(new PrioritiseProgrammeAreas(MISSION, List.of(" Afvikling – fjern det unødige",
                            "Fremtidens ambulatorium", "Medmenneskeligt sundhedsvæsen "), null), metaData(HOVEDSTADEN))
                    .expectException(violatesRule("PROGRAMME_AREAS_UNCHANGED"))
                    .expectNoEvents();
        }

        @Test
        void noAreasOnANewMissionAreUnchanged() {
            fixture.given(defined())
                    .when(new PrioritiseProgrammeAreas(MISSION, List.of(), null), metaData(HOVEDSTADEN))
                    .expectException(violatesRule("PROGRAMME_AREAS_UNCHANGED"))
                    .expectNoEvents();
        }

        @Test
        void anotherOrderIsAnotherPriority() {
            List<String> reordered = List.of(AREAS.get(1), AREAS.get(0), AREAS.get(2));
            fixture.given(defined(), new ProgrammeAreasPrioritised(MISSION, AREAS))
                    .when(new PrioritiseProgrammeAreas(MISSION, reordered, 1L), metaData(HOVEDSTADEN))
                    .expectEvents(new ProgrammeAreasPrioritised(MISSION, reordered))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void allPrioritiesCanBeWithdrawn() {
            fixture.given(defined(), new ProgrammeAreasPrioritised(MISSION, AREAS))
                    .when(new PrioritiseProgrammeAreas(MISSION, List.of(), null), metaData(HOVEDSTADEN))
                    .expectEvents(new ProgrammeAreasPrioritised(MISSION, List.of()));
        }

        @Test
        void missionOfAnotherTenantIsReportedUnknown() {
            fixture.given(defined())
                    .when(new PrioritiseProgrammeAreas(MISSION, AREAS, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("MISSION_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(defined())
                    .when(new PrioritiseProgrammeAreas(MISSION, AREAS, 1L), metaData(HOVEDSTADEN))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }
    }
}
