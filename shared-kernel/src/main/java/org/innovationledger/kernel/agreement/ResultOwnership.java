package org.innovationledger.kernel.agreement;

/** Who owns the results of the work done under the agreement. */
public enum ResultOwnership {
    /** The parties own the results jointly ("gemensamt ägande"). */
    JOINT,
    /** The region owns the results. */
    REGION,
    /** The partner organisation(s) own the results. */
    PARTNER,
    /** Each party owns the results it produced. */
    EACH_PARTY_OWN_RESULTS,
    /** As set out in the agreement's text (the note says how). */
    AS_AGREED
}
