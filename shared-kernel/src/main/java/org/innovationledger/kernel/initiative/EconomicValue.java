package org.innovationledger.kernel.initiative;

/** The economic result of a value analysis. A negative one needs a strategic decision to go ahead. */
public enum EconomicValue {
    POSITIVE, NEUTRAL, NEGATIVE
}
