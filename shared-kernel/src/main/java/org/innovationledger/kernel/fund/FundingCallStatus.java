package org.innovationledger.kernel.fund;

/** A call takes applications while OPEN; once CLOSED its applications are decided. */
public enum FundingCallStatus {
    OPEN,
    CLOSED
}
