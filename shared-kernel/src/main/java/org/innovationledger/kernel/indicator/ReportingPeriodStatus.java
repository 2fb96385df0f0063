package org.innovationledger.kernel.indicator;

/** A period takes reports while OPEN; once CLOSED its figures are final. */
public enum ReportingPeriodStatus {
    OPEN,
    CLOSED
}
