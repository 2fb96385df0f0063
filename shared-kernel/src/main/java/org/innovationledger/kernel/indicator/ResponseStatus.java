package org.innovationledger.kernel.indicator;

/** Where a unit of the population stands in a period. */
public enum ResponseStatus {
    /** It reported a value (possibly corrected since). */
    SUBMITTED,
    /** It was recorded as not responding, and has not reported since. */
    NON_RESPONSE,
    /** Neither: nothing is on record for it. */
    MISSING
}
