package org.innovationledger.query.audit.chain;

/**
 * The answer of a verification: OK when every position from {@code from} to {@code to} was recomputed from the
 * event table and matches the stored chain (and its checkpoints); else BROKEN with the first broken position.
 * {@code verifiedUpTo} is the last position that verified (before the broken one). Events stored after the chain's
 * head ({@code storeHead} above {@code chainedUpTo}) are not chained yet, which is no fault.
 */
public record ChainVerification(Status status, Long from, Long to, Long verifiedUpTo, long eventsChecked,
                                long gapsChecked, long checkpointsChecked, Long chainedUpTo, Long storeHead,
                                BrokenPosition firstBroken) {

    public enum Status { OK, BROKEN }
}
