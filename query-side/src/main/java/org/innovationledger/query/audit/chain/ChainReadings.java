package org.innovationledger.query.audit.chain;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The chain's verification as the web interface's auditor view shows it: the same recomputation as
 * {@code GET /api/audit/chain/verification}, with the checkpoints and the moment it was computed (a verification
 * holds for the stored events at that moment, not for ever).
 */
@Component
public class ChainReadings {

    private final EventChain chain;
    private final Clock clock;

    ChainReadings(EventChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    /** A verification from the chain's first position up to {@code to} (its head when null), with the checkpoints up to it. */
    public record Reading(ChainVerification verification, List<Checkpoint> checkpoints, Instant computedAt) {
    }

    /** Empty where this setup keeps no chain (the events are in Axon Server, not in a table the service reads). */
    public Optional<Reading> verify(Long to) {
        try {
            Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            List<Checkpoint> checkpoints = chain.checkpoints().stream()
                    .filter(checkpoint -> to == null || checkpoint.position() <= to).toList();
            return Optional.of(new Reading(chain.verify(null, to), checkpoints, at));
        } catch (ChainUnavailableException e) {
            return Optional.empty();
        }
    }
}
