package org.innovationledger.kernel.need;

/** The three tiers of Västerbotten's prioritisation of potential initiatives. */
public enum CriterionWeight {
    /** "Skall-krav" för genomförande: must hold for the work to go ahead. */
    MUST,
    /** "Bör-krav" för nyttiggörande: should hold for the value to be realised. */
    SHOULD,
    /** "Bonus-faktorer": count in favour, e.g. external funding or interest. */
    BONUS
}
