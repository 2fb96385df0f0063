package org.innovationledger.query.audit.chain;

/** What is wrong at a broken position. */
public enum ChainProblem {
    /** The stored event differs from the one chained there: a column, the payload or the metadata was changed. */
    ALTERED,
    /** An event was chained there and its row is gone. */
    MISSING,
    /** The position was chained as a gap (nothing stored after the gap timeout) and now holds a row. */
    INSERTED,
    /**
     * The stored chain itself does not hold together: a link is missing, does not build on the previous one, or
     * differs from a checkpoint. Someone edited the chain (to hide a change to the events), or its store was lost.
     */
    CHAIN_BROKEN
}
