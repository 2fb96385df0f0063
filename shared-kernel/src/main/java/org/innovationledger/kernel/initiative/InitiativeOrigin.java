package org.innovationledger.kernel.initiative;

/** Where an initiative comes from: "två möjligheter till startskott" (VLL STEG X). */
public enum InitiativeOrigin {
    /** A need from care (behov), registered as a Need. */
    NEED,
    /** An offer or inquiry from an external partner, e.g. a company. */
    PARTNER_OFFER,
    /** Registered before origins were recorded (revision 1 events). */
    UNSPECIFIED
}
