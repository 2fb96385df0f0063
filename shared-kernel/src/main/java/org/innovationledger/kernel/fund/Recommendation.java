package org.innovationledger.kernel.fund;

/** What the assessment group (bedömningsgruppen) recommends; the decision itself is recorded separately. */
public enum Recommendation {
    GRANT,
    REJECT
}
