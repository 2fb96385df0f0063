package org.innovationledger.kernel.agreement;

/**
 * Where an agreement is in its life: drafted, in force once every party signed, then terminated or expired; or
 * withdrawn as a draft that never came into force.
 */
public enum AgreementStatus {
    /** Drafted; not yet signed by every party. */
    DRAFT,
    /** Signed by every party. */
    IN_FORCE,
    /** Ended by a party or the parties before the end of its validity. */
    TERMINATED,
    /** Its validity ran out. */
    EXPIRED,
    /** Withdrawn before every party had signed: it never came into force. */
    WITHDRAWN
}
