package org.innovationledger.kernel.process;

/**
 * What must be on record before an initiative may enter a phase. The VLL partnership process requires all four
 * before its test phase (STEG 4); other models may require none.
 */
public enum EntryRequirement {
    /** The idea is anchored with the care unit, with its value potential (VLL STEG 1). */
    CARE_UNIT_ANCHORING,
    /** Needs analysis and cost mapping: the baseline later results are compared with (VLL STEG 2). */
    NEEDS_AND_COST_BASELINE,
    /** The value analysis (VLL STEG 3). */
    VALUE_ANALYSIS,
    /** A signed partner agreement with follow-up dates agreed in advance (VLL STEG 3). */
    SIGNED_PARTNER_AGREEMENT_WITH_FOLLOW_UPS
}
