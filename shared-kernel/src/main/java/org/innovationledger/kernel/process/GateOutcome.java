package org.innovationledger.kernel.process;

/**
 * What a gate decision can decide. Which outcomes a gate allows, and where each leads, is the model's business.
 */
public enum GateOutcome {
    /** Go on to the next phase. */
    PROCEED,
    /** Stay and rework ("justeras"). */
    ADJUST,
    /** End the case ("avsluta", fail fast). */
    DISCONTINUE,
    /** Scale up / spread ("breddinförande"). */
    SCALE_UP,
    /** Take into operation. */
    IMPLEMENT,
    /** Hand over to the line organisation or another owner. */
    HAND_OVER,
    /** Refer elsewhere (e.g. to another region or a national actor). */
    REFER,
    /** Way forward: procurement. */
    PROCURE,
    /** Way forward: a new innovation project. */
    NEW_PROJECT,
    /** Way forward: research. */
    RESEARCH,
    /** Way forward: collaboration (e.g. with a company or academia). */
    COLLABORATE,
    /** Way forward: operational improvement ("verksamhetsutveckling"). */
    IMPROVE_OPERATIONS,
    /** The company may use the case as a reference ("referens"). */
    REFERENCE_USE,
    /** Joint commercialisation. */
    COMMERCIALISE;

    /**
     * Outcomes that invest further in the case; going ahead despite a negative economic value is strategic.
     * Adjusting, ending and referring the case elsewhere do not.
     */
    public boolean goesAhead() {
        return this != ADJUST && this != DISCONTINUE && this != REFER;
    }
}
