package org.innovationledger.query.audit.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code ledger.audit.chain.*}: the hash chain over the event store.
 *
 * @param enabled            whether this instance builds the chain (verification and export work either way)
 * @param interval           pause between rounds once the chain has caught up
 * @param gapTimeout         how long a missing position below a stored event may still be a transaction in flight;
 *                           after it the position is chained as a gap for good, so keep it above the longest event
 *                           store transaction (60 s: the wait Axon's own JDBC engine gives a gap)
 * @param checkpointInterval a checkpoint at every multiple of this position
 * @param batchSize          rows read per round
 */
@ConfigurationProperties("ledger.audit.chain")
public record ChainProperties(@DefaultValue("true") boolean enabled,
                              @DefaultValue("1s") Duration interval,
                              @DefaultValue("60s") Duration gapTimeout,
                              @DefaultValue("1000") int checkpointInterval,
                              @DefaultValue("500") int batchSize) {

    ChainSettings settings() {
        return new ChainSettings(gapTimeout, checkpointInterval, batchSize);
    }
}
