package org.innovationledger.query.audit.chain;

/** One link of the stored chain: the hash of position {@code position} and the hash it was computed on. */
public record ChainEntry(long position, Kind kind, String hash, String previous) {

    public enum Kind { EVENT, GAP }
}
