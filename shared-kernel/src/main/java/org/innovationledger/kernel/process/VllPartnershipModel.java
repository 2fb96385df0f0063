package org.innovationledger.kernel.process;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.innovationledger.kernel.process.GateOutcome.ADJUST;
import static org.innovationledger.kernel.process.GateOutcome.COMMERCIALISE;
import static org.innovationledger.kernel.process.GateOutcome.DISCONTINUE;
import static org.innovationledger.kernel.process.GateOutcome.HAND_OVER;
import static org.innovationledger.kernel.process.GateOutcome.REFERENCE_USE;
import static org.innovationledger.kernel.process.GateOutcome.SCALE_UP;
import static org.innovationledger.kernel.process.Transitions.ends;
import static org.innovationledger.kernel.process.Transitions.proceedAdjustDiscontinue;
import static org.innovationledger.kernel.process.Transitions.to;

/**
 * VLL's process for value-creating innovation in partnership (Västerbottens läns landsting, pre-study 2018,
 * section 6.2). Line numbers below ("L764") are those of
 * {@code shared/seeds/vasterbotten-forstudie-vardeskapande-innovation-i-partnerskap.sv-ocr.txt}; names are the
 * source's, with its OCR repaired.
 */
final class VllPartnershipModel {

    static final ProcessModelDefinition V1 = new ProcessModelDefinition(
            "VLL:s process för värdeskapande innovation i partnerskap",
            "Västerbottens läns landsting: Förstudierapport – en hindersammanställning gällande värdeskapande"
                    + " innovation i partnerskap (2018), avsnitt 6.2 \"VLL:s process för värdeskapande innovation:"
                    + " en ordnad och transparent process för partnerskap\", rad 726-849"
                    + " (seeds/vasterbotten-forstudie-vardeskapande-innovation-i-partnerskap.sv-ocr.txt)."
                    + " STEG X rad 764-768, STEG 1 rad 768-772, STEG 2 rad 774-789, STEG 3 rad 791-805,"
                    + " STEG 4 rad 815-821, STEG 5 rad 823-829, STEG 6 rad 829-830; avgränsning rad 734-735;"
                    + " regelbundna beslutspunkter rad 841-849; övertagande i förvaltningen rad 1350-1351.",
            List.of(
                    // L764-768: two starting shots, an internal unit's need or an external industry partner's offer
                    phase("STEG_X", "STEG X: Startskott – initiativ från en VLL-enhet (behov) eller från en extern"
                            + " partner", PhaseStage.INTAKE),
                    // L768-770: the idea is developed, anchored with the care unit together with its value potential
                    phase("STEG_1", "STEG 1: Innovationsidén utvecklas – förankring hos vårdenheten och"
                            + " värdepotential", PhaseStage.EXPLORATION),
                    // L774-789: the real prerequisites, first indicators and a current-state baseline
                    phase("STEG_2", "STEG 2: Behovsanalys och kostnadskartläggning", PhaseStage.ANALYSIS),
                    // L791-798: value analysis, then negotiation: value model and partner agreement
                    phase("STEG_3", "STEG 3: Värdeanalys – värdemodell och partneravtal", PhaseStage.ANALYSIS),
                    // L753-755: anchoring, needs and costs and a value analysis come "innan en satsning går in i
                    // testfasen"; L797 the partner agreement; L820 follow-ups agreed in advance ("på förhand")
                    new PhaseDefinition("STEG_4", "STEG 4: Testfas med på förhand avtalade uppföljningstillfällen",
                            PhaseStage.TEST, EnumSet.allOf(EntryRequirement.class)),
                    // L823-829: scale-up, or the company uses the case as a reference; with final evaluation
                    phase("STEG_5", "STEG 5: Breddinförande och implementering i större skala, alternativt"
                            + " referens", PhaseStage.SPREAD),
                    // L829-830: "i vissa fall" – optional
                    phase("STEG_6", "STEG 6: Gemensam kommersialisering", PhaseStage.COMMERCIALISATION)),
            List.of(
                    // The source names no decision after STEG X; like every step it may end or adjust the case
                    // (L841-845: "regelbundna beslutspunkter", "fortsätta eller avsluta").
                    new GateDefinition("GX", "Beslut om att utveckla innovationsidén", "STEG_X",
                            proceedAdjustDiscontinue("STEG_X", "STEG_1")),
                    // L770-772: "fail fast" – "I dessa fall avslutas – eller justeras – idén"
                    new GateDefinition("G1", "Fail fast: gå vidare, justera eller avsluta idén", "STEG_1",
                            proceedAdjustDiscontinue("STEG_1", "STEG_2")),
                    // L788-789: "avslutas med ett beslut om att avsluta eller gå vidare"; revising the
                    // prerequisites (L788) is the adjustment
                    new GateDefinition("G2", "Beslut om att avsluta eller gå vidare", "STEG_2",
                            proceedAdjustDiscontinue("STEG_2", "STEG_3")),
                    // L794-795; a party may proceed despite negative economic value as a strategic decision
                    // (L800-805): that is the decision's business, the model only says it is a partnership
                    new GateDefinition("G3", "Beslut om genomförande av en innovationssatsning i partnerskap",
                            "STEG_3", proceedAdjustDiscontinue("STEG_3", "STEG_4")),
                    // L818-821 adjustment during the test; L823-826 scale-up or reference use; L845 ending
                    new GateDefinition("G4", "Breddinförande eller referens, justering eller avslut", "STEG_4",
                            List.of(to(SCALE_UP, "STEG_5"), to(REFERENCE_USE, "STEG_5"), to(ADJUST, "STEG_4"),
                                    ends(DISCONTINUE))),
                    // L829-830 commercialisation; the source names no decision closing STEG 5: the case leaves
                    // the model when operations take it over ("övertas i förvaltningen", L1350-1351)
                    new GateDefinition("G5", "Gemensam kommersialisering, övertagande i förvaltningen eller"
                            + " avslut", "STEG_5",
                            List.of(to(COMMERCIALISE, "STEG_6"), ends(HAND_OVER), ends(DISCONTINUE)))),
            // The source says nothing of how commercialisation (STEG 6) ends: it has no gate.
            "STEG_X",
            // L734-735: "gäller inte för traditionell anskaffning, inte heller för kliniska studier eller
            // renodlad forskning"
            Set.of(CaseType.TRADITIONAL_PROCUREMENT, CaseType.CLINICAL_TRIAL, CaseType.PURE_RESEARCH),
            // L774, L791, L845: "parterna beslutat", "gemensamma beslut"
            true);

    private VllPartnershipModel() {
    }

    private static PhaseDefinition phase(String code, String name, PhaseStage stage) {
        return new PhaseDefinition(code, name, stage, Set.of());
    }
}
