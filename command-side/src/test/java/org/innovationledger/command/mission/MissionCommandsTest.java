package org.innovationledger.command.mission;

import org.innovationledger.kernel.mission.DefineMission;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.mission.PrioritiseProgrammeAreas;
import org.innovationledger.kernel.mission.RenameMission;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The mission commands refuse malformed input on construction (answered 400 before any aggregate is loaded). */
class MissionCommandsTest {

    private static final MissionId MISSION = MissionId.of("mission-personal-medicine");

    @Test
    void definitionNeedsTitleAndAmbition() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DefineMission(MISSION, "", "Ambition", null))
                .withMessage("title is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DefineMission(MISSION, "Når du bliver syg", null, null))
                .withMessage("ambition is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new RenameMission(MISSION, " ", null))
                .withMessage("newTitle is required");
    }

    @Test
    void anAreaListedTwiceIsRefusedRegardlessOfCaseAndSpaces() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PrioritiseProgrammeAreas(MISSION,
                        List.of("Personlig medicin i retningslinjer", " personlig MEDICIN i retningslinjer"), null))
                .withMessageContaining("listed twice");
    }

    @Test
    void blankOrMissingAreasAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PrioritiseProgrammeAreas(MISSION, null, null))
                .withMessage("programmeAreas are required");
        assertThatIllegalArgumentException().isThrownBy(() -> new PrioritiseProgrammeAreas(MISSION,
                        Arrays.asList("Digitale kompetencer", null), null))
                .withMessage("programme area is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new PrioritiseProgrammeAreas(MISSION,
                        List.of("Digitale kompetencer", "  "), null))
                .withMessage("programme area is required");
        List<String> tooMany = IntStream.rangeClosed(0, PrioritiseProgrammeAreas.MAX_AREAS)
                .mapToObj(i -> "Område " + i).toList();
        assertThatIllegalArgumentException().isThrownBy(() -> new PrioritiseProgrammeAreas(MISSION, tooMany, null))
                .withMessageContaining("at most");
    }

    @Test
    void areasAreStrippedAndKeepTheirOrder() {
        assertThat(new PrioritiseProgrammeAreas(MISSION, List.of(" Medicinleverancer tættere på patienten",
                "Evidens før skalering "), null).programmeAreas())
                .containsExactly("Medicinleverancer tættere på patienten", "Evidens før skalering");
    }
}
