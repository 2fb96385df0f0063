package org.innovationledger.query.audit.chain;

/**
 * Where the chain stands: chained up to which position and its hash, the highest position stored in the event
 * table (events above the chained one are still to be chained), the last checkpoint, and how the chain is built.
 */
public record ChainStatus(Long chainedUpTo, String headHash, Long storeHead, Checkpoint lastCheckpoint,
                          int checkpointInterval, String gapTimeout, String algorithm) {

    static final String ALGORITHM = "SHA-256 hash chain, encoding v1 (see the README's tamper evidence section)";
}
