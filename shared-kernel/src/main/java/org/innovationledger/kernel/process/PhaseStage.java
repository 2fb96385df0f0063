package org.innovationledger.kernel.process;

/**
 * What a phase means across models, so the portfolio can compare initiatives that run under different models
 * (funnel, pilots vs in operation). Each model maps its own phases onto these.
 */
public enum PhaseStage {
    /** Start, intake, need: the case is being set up (VLL "STEG X", VGR "förbered"). */
    INTAKE,
    /** Idea and problem work (VLL STEG 1, VGR "tydliggör problemet", generic idea / pre-study). */
    EXPLORATION,
    /** Needs, costs and value analysis, solution design (VLL STEG 2-3, VGR "ta fram lösningar", development). */
    ANALYSIS,
    /** Testing in everyday care: a pilot (VLL STEG 4, generic test). */
    TEST,
    /** In operation (generic implementation). */
    IMPLEMENTATION,
    /** Scale-up, spread, reference use (VLL STEG 5, generic spread). */
    SPREAD,
    /** Joint commercialisation (VLL STEG 6). */
    COMMERCIALISATION,
    /** A way forward was chosen and the case left the model (VGR "vägar framåt"). */
    HANDED_ON
}
