package org.innovationledger.query.audit.chain;

import java.time.Duration;

/**
 * How the chain is built: how long a missing position may still be a transaction in flight before it is chained
 * as a gap, every how many positions a checkpoint is recorded, and how many rows one round reads.
 */
public record ChainSettings(Duration gapTimeout, int checkpointInterval, int batchSize) {

    public ChainSettings {
        if (gapTimeout.isNegative() || checkpointInterval < 1 || batchSize < 1) {
            throw new IllegalArgumentException("the gap timeout must not be negative, the checkpoint interval and"
                    + " the batch size must be positive");
        }
    }
}
