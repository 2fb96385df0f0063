package org.innovationledger.kernel.process;

import org.innovationledger.kernel.process.GateDefinition.Transition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VGR_EARLY_PHASE;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VLL_PARTNERSHIP;
import static org.innovationledger.kernel.process.GateOutcome.ADJUST;
import static org.innovationledger.kernel.process.GateOutcome.COLLABORATE;
import static org.innovationledger.kernel.process.GateOutcome.COMMERCIALISE;
import static org.innovationledger.kernel.process.GateOutcome.DISCONTINUE;
import static org.innovationledger.kernel.process.GateOutcome.HAND_OVER;
import static org.innovationledger.kernel.process.GateOutcome.IMPLEMENT;
import static org.innovationledger.kernel.process.GateOutcome.IMPROVE_OPERATIONS;
import static org.innovationledger.kernel.process.GateOutcome.NEW_PROJECT;
import static org.innovationledger.kernel.process.GateOutcome.PROCEED;
import static org.innovationledger.kernel.process.GateOutcome.PROCURE;
import static org.innovationledger.kernel.process.GateOutcome.REFER;
import static org.innovationledger.kernel.process.GateOutcome.REFERENCE_USE;
import static org.innovationledger.kernel.process.GateOutcome.RESEARCH;
import static org.innovationledger.kernel.process.GateOutcome.SCALE_UP;

class BuiltInProcessModelsTest {

    /** Stands for a null toPhase: the outcome ends the initiative or hands it on out of the model. */
    private static final String END = "END";

    /**
     * Released built-in versions, pinned. If one of these fails you changed a definition that initiatives may
     * already run under: revert it and add a new version in BuiltInProcessModels instead.
     */
    private static final Map<ProcessModelRef, String> RELEASED = Map.of(
            VLL_PARTNERSHIP, "42658ecf53ac781211957afc6c9e321ada680970e2b99c0cb82dfe4ff7128993",
            VGR_EARLY_PHASE, "cc46b5abb43c9e1ffef48bde5e6307678438c04c8f3628e5d670687c583e9411",
            GENERIC_STAGE_GATE, "0569e2144c6f2f1787110bee1b90ceff29eba09e17a79d27688a1bf35c9715e2");

    @Nested
    class Catalogue {

        @Test
        void holdsTheThreeModelsAtVersionOneUnderTheirFixedIdsInAFixedOrder() {
            assertThat(BuiltInProcessModels.all().keySet()).extracting(ProcessModelRef::toString)
                    .containsExactly("vll-partnership@v1", "vgr-early-phase@v1", "generic-stage-gate@v1");
            assertThat(BuiltInProcessModels.all()).containsEntry(VLL_PARTNERSHIP, BuiltInProcessModels.VLL_PARTNERSHIP_V1)
                    .containsEntry(VGR_EARLY_PHASE, BuiltInProcessModels.VGR_EARLY_PHASE_V1)
                    .containsEntry(GENERIC_STAGE_GATE, BuiltInProcessModels.GENERIC_STAGE_GATE_V1);
        }

        @Test
        void findsExactlyTheReleasedVersions() {
            assertThat(BuiltInProcessModels.find(VGR_EARLY_PHASE)).contains(BuiltInProcessModels.VGR_EARLY_PHASE_V1);
            assertThat(BuiltInProcessModels.find(new ProcessModelRef(VGR_EARLY_PHASE.id(), 2))).isEmpty();
            assertThat(BuiltInProcessModels.find(new ProcessModelRef(ProcessModelId.of("pm-own"), 1))).isEmpty();
        }

        @Test
        void knowsWhichIdsAreBuiltInAndTheirVersions() {
            assertThat(BuiltInProcessModels.isBuiltIn(ProcessModelId.of("generic-stage-gate"))).isTrue();
            assertThat(BuiltInProcessModels.isBuiltIn(ProcessModelId.of("pm-own"))).isFalse();
            assertThat(BuiltInProcessModels.versions(VLL_PARTNERSHIP.id())).containsExactly(1);
            assertThat(BuiltInProcessModels.versions(ProcessModelId.of("pm-own"))).isEmpty();
            assertThat(BuiltInProcessModels.latest(VLL_PARTNERSHIP.id())).contains(VLL_PARTNERSHIP);
            assertThat(BuiltInProcessModels.latest(ProcessModelId.of("pm-own"))).isEmpty();
        }

        @Test
        void releasedVersionsAreUnchanged() {
            Map<ProcessModelRef, String> now = new HashMap<>();
            BuiltInProcessModels.all().forEach((ref, definition) -> now.put(ref, fingerprint(definition)));

            assertThat(now).as("built-in versions were released: add a new version instead of changing one,"
                    + " and pin the new one here").isEqualTo(RELEASED);
        }

        @Test
        void fingerprintSeesEveryPartOfADefinition() {
            ProcessModelDefinition vll = BuiltInProcessModels.VLL_PARTNERSHIP_V1;
            String pinned = fingerprint(vll);
            List<PhaseDefinition> phases = new ArrayList<>(vll.phases());
            phases.set(4, new PhaseDefinition("STEG_4", vll.phases().get(4).name(), PhaseStage.TEST,
                    Set.of(EntryRequirement.VALUE_ANALYSIS)));

            assertThat(fingerprint(new ProcessModelDefinition(vll.name(), vll.source(), phases, vll.gates(),
                    vll.startPhase(), vll.excludedCaseTypes(), vll.partnership()))).isNotEqualTo(pinned);
            assertThat(fingerprint(new ProcessModelDefinition(vll.name(), vll.source(), vll.phases(), vll.gates(),
                    vll.startPhase(), Set.of(CaseType.PURE_RESEARCH), vll.partnership()))).isNotEqualTo(pinned);
            assertThat(fingerprint(new ProcessModelDefinition(vll.name(), vll.source(), vll.phases(),
                    vll.gates().subList(0, 5), vll.startPhase(), vll.excludedCaseTypes(), vll.partnership())))
                    .isNotEqualTo(pinned);
            assertThat(fingerprint(new ProcessModelDefinition(vll.name(), vll.source(), vll.phases(), vll.gates(),
                    vll.startPhase(), vll.excludedCaseTypes(), false))).isNotEqualTo(pinned);
        }

        @Test
        void everyModelReachesAllItsPhasesFromItsStartAndAdjustsWithinTheGatesPhase() {
            BuiltInProcessModels.all().forEach((ref, definition) -> {
                assertThat(reachableFromStart(definition)).as("%s phases reachable from the start", ref)
                        .containsExactlyInAnyOrderElementsOf(
                                definition.phases().stream().map(PhaseDefinition::code).toList());
                definition.gates().forEach(gate -> gate.transitions().stream()
                        .filter(t -> t.outcome() == ADJUST)
                        .forEach(t -> assertThat(t.toPhase()).as("%s %s ADJUST", ref, gate.code())
                                .isEqualTo(gate.fromPhase())));
            });
        }
    }

    @Nested
    class GenericStageGate {

        private final ProcessModelDefinition model = BuiltInProcessModels.GENERIC_STAGE_GATE_V1;

        @Test
        void phasesRunFromNeedToSpread() {
            assertThat(phases(model)).containsExactly("NEED:INTAKE", "IDEA:EXPLORATION", "PRE_STUDY:EXPLORATION",
                    "DEVELOPMENT:ANALYSIS", "TEST:TEST", "IMPLEMENTATION:IMPLEMENTATION", "SPREAD:SPREAD");
            assertThat(model.startPhase()).isEqualTo("NEED");
            assertThat(model.phases()).allSatisfy(p -> assertThat(p.entryRequirements()).isEmpty());
            assertThat(model.partnership()).isFalse();
            assertThat(model.excludedCaseTypes()).isEmpty();
        }

        @Test
        void gatesAllowTheAgreedOutcomes() {
            assertThat(gates(model)).isEqualTo(Map.of(
                    "G1", gate("NEED", PROCEED, "IDEA", ADJUST, "NEED", DISCONTINUE, END, REFER, END, HAND_OVER, END),
                    "G2", gate("IDEA", PROCEED, "PRE_STUDY", ADJUST, "IDEA", DISCONTINUE, END),
                    "G3", gate("PRE_STUDY", PROCEED, "DEVELOPMENT", ADJUST, "PRE_STUDY", DISCONTINUE, END),
                    "G4", gate("DEVELOPMENT", PROCEED, "TEST", ADJUST, "DEVELOPMENT", DISCONTINUE, END),
                    "G5", gate("TEST", IMPLEMENT, "IMPLEMENTATION", SCALE_UP, "SPREAD", ADJUST, "TEST",
                            DISCONTINUE, END),
                    "G6", gate("IMPLEMENTATION", SCALE_UP, "SPREAD", HAND_OVER, END, DISCONTINUE, END)));
        }
    }

    @Nested
    class VllPartnership {

        private final ProcessModelDefinition model = BuiltInProcessModels.VLL_PARTNERSHIP_V1;

        @Test
        void phasesAreTheSourcesSteps() {
            assertThat(phases(model)).containsExactly("STEG_X:INTAKE", "STEG_1:EXPLORATION", "STEG_2:ANALYSIS",
                    "STEG_3:ANALYSIS", "STEG_4:TEST", "STEG_5:SPREAD", "STEG_6:COMMERCIALISATION");
            assertThat(model.startPhase()).isEqualTo("STEG_X");
            assertThat(model.phase("STEG_2").orElseThrow().name())
                    .isEqualTo("STEG 2: Behovsanalys och kostnadskartläggning");
        }

        @Test
        void theTestPhaseNeedsEverythingTheSourceAsksForFirst() {
            assertThat(model.phase("STEG_4").orElseThrow().entryRequirements())
                    .containsExactlyInAnyOrder(EntryRequirement.values());
            assertThat(model.phases()).filteredOn(p -> !p.code().equals("STEG_4"))
                    .allSatisfy(p -> assertThat(p.entryRequirements()).isEmpty());
        }

        @Test
        void isAPartnershipProcessThatExcludesProcurementTrialsAndResearch() {
            assertThat(model.partnership()).isTrue();
            assertThat(model.excludedCaseTypes()).containsExactlyInAnyOrder(CaseType.TRADITIONAL_PROCUREMENT,
                    CaseType.CLINICAL_TRIAL, CaseType.PURE_RESEARCH);
        }

        @Test
        void everyGateMayEndOrAdjustTheCase() {
            assertThat(gates(model)).isEqualTo(Map.of(
                    "GX", gate("STEG_X", PROCEED, "STEG_1", ADJUST, "STEG_X", DISCONTINUE, END),
                    "G1", gate("STEG_1", PROCEED, "STEG_2", ADJUST, "STEG_1", DISCONTINUE, END),
                    "G2", gate("STEG_2", PROCEED, "STEG_3", ADJUST, "STEG_2", DISCONTINUE, END),
                    "G3", gate("STEG_3", PROCEED, "STEG_4", ADJUST, "STEG_3", DISCONTINUE, END),
                    "G4", gate("STEG_4", SCALE_UP, "STEG_5", REFERENCE_USE, "STEG_5", ADJUST, "STEG_4",
                            DISCONTINUE, END),
                    "G5", gate("STEG_5", COMMERCIALISE, "STEG_6", HAND_OVER, END, DISCONTINUE, END)));
        }

        @Test
        void sourceNamesTheDocumentAndItsLines() {
            assertThat(model.source()).contains("värdeskapande innovation i partnerskap", "rad 726-849",
                    "STEG 4 rad 815-821", "avgränsning rad 734-735");
        }
    }

    @Nested
    class VgrEarlyPhase {

        private final ProcessModelDefinition model = BuiltInProcessModels.VGR_EARLY_PHASE_V1;

        @Test
        void phasesAreTheSourcesEarlyPhases() {
            assertThat(phases(model)).containsExactly("PREPARE:INTAKE", "CLARIFY_PROBLEM:EXPLORATION",
                    "INVOLVE_OUTSIDE_WORLD:EXPLORATION", "WORK_UP_SOLUTIONS:ANALYSIS");
            assertThat(model.phases()).extracting(PhaseDefinition::name).containsExactly(
                    "Förbereda projektet inför start", "Tydliggöra problemområdet", "Involvera omvärlden",
                    "Bearbeta lösningsförslag");
            assertThat(model.startPhase()).isEqualTo("PREPARE");
            assertThat(model.partnership()).isFalse();
            assertThat(model.excludedCaseTypes()).isEmpty();
            assertThat(model.phases()).allSatisfy(p -> assertThat(p.entryRequirements()).isEmpty());
        }

        @Test
        void theLastGateOffersTheWaysForwardEachLeavingTheModel() {
            assertThat(gates(model)).isEqualTo(Map.of(
                    "G1", gate("PREPARE", PROCEED, "CLARIFY_PROBLEM", ADJUST, "PREPARE", DISCONTINUE, END),
                    "G2", gate("CLARIFY_PROBLEM", PROCEED, "INVOLVE_OUTSIDE_WORLD", ADJUST, "CLARIFY_PROBLEM",
                            DISCONTINUE, END),
                    "G3", gate("INVOLVE_OUTSIDE_WORLD", PROCEED, "WORK_UP_SOLUTIONS", ADJUST, "INVOLVE_OUTSIDE_WORLD",
                            DISCONTINUE, END),
                    "G4", gate("WORK_UP_SOLUTIONS", PROCURE, END, NEW_PROJECT, END, RESEARCH, END, COLLABORATE, END,
                            IMPROVE_OPERATIONS, END, ADJUST, "WORK_UP_SOLUTIONS", DISCONTINUE, END)));
            assertThat(model.gate("G4").orElseThrow().name()).isEqualTo("Skapa vägar framåt");
        }

        @Test
        void sourceNamesTheDocumentAndItsLines() {
            assertThat(model.source()).contains("Innovationsmotorer", "rad 2302-2366", "vägar framåt rad 2368-2388");
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private record Gate(String fromPhase, Map<GateOutcome, String> leadsTo) {
    }

    private static Gate gate(String fromPhase, Object... outcomeThenPhase) {
        Map<GateOutcome, String> leadsTo = new HashMap<>();
        for (int i = 0; i < outcomeThenPhase.length; i += 2) {
            leadsTo.put((GateOutcome) outcomeThenPhase[i], (String) outcomeThenPhase[i + 1]);
        }
        return new Gate(fromPhase, leadsTo);
    }

    private static Map<String, Gate> gates(ProcessModelDefinition model) {
        return model.gates().stream().collect(Collectors.toMap(GateDefinition::code, g -> new Gate(g.fromPhase(),
                g.transitions().stream().collect(Collectors.toMap(Transition::outcome,
                        t -> t.toPhase() == null ? END : t.toPhase())))));
    }

    private static List<String> phases(ProcessModelDefinition model) {
        return model.phases().stream().map(p -> p.code() + ":" + p.stage()).toList();
    }

    private static Set<String> reachableFromStart(ProcessModelDefinition model) {
        Set<String> seen = new HashSet<>(Set.of(model.startPhase()));
        Deque<String> next = new ArrayDeque<>(seen);
        while (!next.isEmpty()) {
            String phase = next.pop();
            model.gates().stream().filter(g -> g.fromPhase().equals(phase))
                    .flatMap(g -> g.transitions().stream())
                    .map(Transition::toPhase)
                    .filter(to -> to != null && seen.add(to))
                    .forEach(next::push);
        }
        return seen;
    }

    /** SHA-256 over a canonical text of the definition: lists in their order, sets sorted. */
    static String fingerprint(ProcessModelDefinition model) {
        StringBuilder text = new StringBuilder()
                .append("name=").append(model.name()).append('\n')
                .append("source=").append(model.source()).append('\n')
                .append("start=").append(model.startPhase()).append('\n')
                .append("partnership=").append(model.partnership()).append('\n')
                .append("excluded=").append(sorted(model.excludedCaseTypes())).append('\n');
        for (PhaseDefinition phase : model.phases()) {
            text.append("phase=").append(phase.code()).append('|').append(phase.name()).append('|')
                    .append(phase.stage()).append('|').append(sorted(phase.entryRequirements())).append('\n');
        }
        for (GateDefinition gate : model.gates()) {
            text.append("gate=").append(gate.code()).append('|').append(gate.name()).append('|')
                    .append(gate.fromPhase());
            gate.transitions().forEach(t -> text.append('|').append(t.outcome()).append("->").append(t.toPhase()));
            text.append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sorted(Set<? extends Enum<?>> values) {
        return values.stream().sorted(Comparator.comparing(Enum::name)).map(Enum::name)
                .collect(Collectors.joining(","));
    }
}
