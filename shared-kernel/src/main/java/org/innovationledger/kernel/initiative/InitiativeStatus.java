package org.innovationledger.kernel.initiative;

/** Where an initiative stands in the portfolio. */
public enum InitiativeStatus {
    /** Running in a phase of its process model. */
    OPEN,
    /** A gate decision took it out of its model: discontinued, or handed on (see the ending outcome). */
    ENDED_BY_DECISION,
    /** Closed with its final evaluation. */
    CLOSED
}
