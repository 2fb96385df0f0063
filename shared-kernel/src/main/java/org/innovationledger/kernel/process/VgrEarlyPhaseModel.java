package org.innovationledger.kernel.process;

import java.util.List;
import java.util.Set;

import static org.innovationledger.kernel.process.GateOutcome.ADJUST;
import static org.innovationledger.kernel.process.GateOutcome.COLLABORATE;
import static org.innovationledger.kernel.process.GateOutcome.DISCONTINUE;
import static org.innovationledger.kernel.process.GateOutcome.IMPROVE_OPERATIONS;
import static org.innovationledger.kernel.process.GateOutcome.NEW_PROJECT;
import static org.innovationledger.kernel.process.GateOutcome.PROCURE;
import static org.innovationledger.kernel.process.GateOutcome.RESEARCH;
import static org.innovationledger.kernel.process.Transitions.ends;
import static org.innovationledger.kernel.process.Transitions.proceedAdjustDiscontinue;
import static org.innovationledger.kernel.process.Transitions.to;

/**
 * Västra Götalandsregionen's early-phase model, as updated in 2025 (Innovationsmotorer final report, VGR
 * chapter). Line numbers below ("L2302") are those of {@code shared/seeds/innovationsmotorer-slutrapport-2025.sv.txt};
 * names are the source's.
 * <p>
 * The source has five phases; the fifth, "Skapa vägar framåt" (L2368-2388), is modelled as the last gate, whose
 * outcomes are the ways forward: the model "rör sig fortsatt i de tidiga faserna" and after the project the unit
 * carries on by itself with the organisation's ordinary support (L2289-2296), so every way forward takes the case
 * out of the model.
 * <p>
 * Where the source is silent: it shows a "BESLUTSPUNKT" (L2103) but not where decision points sit; a gate after
 * each phase, each able to proceed, adjust or stop, is this ledger's reading, not the source's. Two of its ways
 * forward have no outcome here: "stärkande av specifika delar av innovationsledningssystemet" (L2384-2386) has no
 * {@link GateOutcome}, and "en kombination av flera av punkterna" (L2388) cannot be one decision's outcome.
 */
final class VgrEarlyPhaseModel {

    static final ProcessModelDefinition V1 = new ProcessModelDefinition(
            "VGR:s innovationsprocess – de tidiga faserna (uppdaterad modell 2025)",
            "Swedish Medtech: Innovationsmotorer – slutrapport 2025, kapitel Innovationsmotor Västra"
                    + " Götalandsregionen: \"Den uppdaterade modellen har fem faser\", rad 2289-2414"
                    + " (seeds/innovationsmotorer-slutrapport-2025.sv.txt). Faserna rad 2302-2366, vägar framåt"
                    + " rad 2368-2388, beslutspunkt rad 2103, beslut om projektstart rad 2630-2640,"
                    + " konceptförslag till verksamhetsledning rad 2599-2603.",
            List.of(
                    // L2302-2322: agreement with the unit, stakeholder analysis, project plan and organisation
                    phase("PREPARE", "Förbereda projektet inför start", PhaseStage.INTAKE),
                    // L2324-2343: document the problem area and needs, with a summary for stakeholders
                    phase("CLARIFY_PROBLEM", "Tydliggöra problemområdet", PhaseStage.EXPLORATION),
                    // L2345-2360: describe the needs to the outside world and ask for knowledge and solutions
                    phase("INVOLVE_OUTSIDE_WORLD", "Involvera omvärlden", PhaseStage.EXPLORATION),
                    // L2362-2366: evaluate the proposals, make simple concepts and get feedback on them
                    phase("WORK_UP_SOLUTIONS", "Bearbeta lösningsförslag", PhaseStage.ANALYSIS)),
            List.of(
                    // L2630-2640: pilot 3 began with talks with management "för att ... besluta om projektstart"
                    new GateDefinition("G1", "Beslut om projektstart", "PREPARE",
                            proceedAdjustDiscontinue("PREPARE", "CLARIFY_PROBLEM")),
                    // no decision named by the source (see the class comment)
                    new GateDefinition("G2", "Beslutspunkt: problemområdet tydliggjort", "CLARIFY_PROBLEM",
                            proceedAdjustDiscontinue("CLARIFY_PROBLEM", "INVOLVE_OUTSIDE_WORLD")),
                    new GateDefinition("G3", "Beslutspunkt: omvärlden involverad", "INVOLVE_OUTSIDE_WORLD",
                            proceedAdjustDiscontinue("INVOLVE_OUTSIDE_WORLD", "WORK_UP_SOLUTIONS")),
                    // L2368-2382; concepts are presented to the unit's management or a steering group (L2599-2603)
                    new GateDefinition("G4", "Skapa vägar framåt", "WORK_UP_SOLUTIONS", List.of(
                            ends(PROCURE),            // "förslag på upphandling av ny teknik"
                            ends(NEW_PROJECT),        // "innovationsprojekt"
                            ends(RESEARCH),           // "forskningsområden"
                            ends(COLLABORATE),        // "samverkansprojekt där vården tillsammans med andra ..."
                            ends(IMPROVE_OPERATIONS), // "verksamhetsutveckling för att genom mindre förbättringar ..."
                            to(ADJUST, "WORK_UP_SOLUTIONS"),
                            ends(DISCONTINUE)))),
            "PREPARE",
            // The source excludes no case type; it presumes need-initiated work on prioritised, complex
            // challenges (L2404-2414), which is a judgement at intake, not a case type.
            Set.of(),
            // Decisions lie with the region's unit and its management, not jointly with partners (L2599-2603).
            false);

    private VgrEarlyPhaseModel() {
    }

    private static PhaseDefinition phase(String code, String name, PhaseStage stage) {
        return new PhaseDefinition(code, name, stage, Set.of());
    }
}
