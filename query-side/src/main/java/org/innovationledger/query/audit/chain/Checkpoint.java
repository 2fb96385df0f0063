package org.innovationledger.query.audit.chain;

import java.time.Instant;

/** The chain's hash at a position, recorded (and logged) to be kept outside the system by an auditor. */
public record Checkpoint(long position, String hash, Instant at) {
}
