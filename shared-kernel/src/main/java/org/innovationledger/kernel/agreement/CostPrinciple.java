package org.innovationledger.kernel.agreement;

/** Who bears the costs of the work done under the agreement. */
public enum CostPrinciple {
    /** Each party pays its own costs, as the VLL partnership process says. */
    EACH_PARTY_OWN_COSTS,
    /** The costs are shared between the parties. */
    SHARED,
    /** As set out in the agreement's text (the note says how). */
    AS_AGREED
}
