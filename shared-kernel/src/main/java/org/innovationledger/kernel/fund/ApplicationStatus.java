package org.innovationledger.kernel.fund;

/** Where an application stands: submitted, assessed, then granted or rejected (once). */
public enum ApplicationStatus {
    SUBMITTED,
    ASSESSED,
    GRANTED,
    REJECTED;

    public boolean isDecided() {
        return this == GRANTED || this == REJECTED;
    }
}
