package org.innovationledger.query.infra.asof;

import java.time.Instant;

/**
 * A point in the ledger's history an answer is asked for: every event up to and including global position
 * {@code position}, as the ledger stood at {@code instant} (null when asked by position alone).
 */
public record AsOf(long position, Instant instant) {
}
