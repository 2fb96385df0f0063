package org.innovationledger.query.infra.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the read models' processing is shared between query-side instances. {@code segments} is read by the
 * processors' own settings in ledger-query.yml (initial segment count and threads of the groups that may be split);
 * it is listed here so it is documented and validated with the rest.
 *
 * @param segments initial segments (and threads) of the splittable groups; counts only when their tokens are created
 * @param balance  whether and how often this instance hands segments above its fair share to the others
 */
@ConfigurationProperties("ledger.processing")
public record ProcessingSettings(Integer segments, Balance balance) {

    public ProcessingSettings {
        segments = segments == null ? 1 : segments;
        if (segments < 1) {
            throw new IllegalArgumentException("ledger.processing.segments must be at least 1, was " + segments);
        }
        balance = balance == null ? new Balance(null, null) : balance;
    }

    /**
     * @param enabled  hand segments over to other live instances (a lone instance never does)
     * @param interval how often; an instance counts as live for three intervals after its last heartbeat
     */
    public record Balance(Boolean enabled, Duration interval) {
        public Balance {
            enabled = enabled == null || enabled;
            interval = interval == null ? Duration.ofSeconds(10) : interval;
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("ledger.processing.balance.interval must be positive");
            }
        }
    }
}
