package org.innovationledger.kernel.agreement;

/** The kinds of agreement the sources name. */
public enum AgreementType {
    /** Partneravtal: regulates the business settlement between the region and its partners (VLL STEG 3). */
    PARTNER,
    /** Samverkansavtal: a collaboration agreement. */
    COLLABORATION,
    /** Sekretessavtal: a non-disclosure agreement. */
    NDA,
    /** An agreement to test a solution in a testbed (innovation clinic, test environment). */
    TESTBED,
    /** Innovation-partnership procurement under the public procurement act (LOU). */
    INNOVATION_PARTNERSHIP_PROCUREMENT,
    /** Outcome-based (value-based) payment on a value model's indicators. */
    VALUE_BASED_PAYMENT;

    /** Whether an agreement of this type, in force and with follow-up dates, lets a VLL case start its test phase. */
    public boolean regulatesPartnership() {
        return this == PARTNER || this == VALUE_BASED_PAYMENT;
    }
}
