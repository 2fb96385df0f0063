package org.innovationledger.query.integration.stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How the live stream behaves. {@code heartbeat}: after how long without an event a comment line is written, so
 * proxies keep the connection open and a gone client is noticed (its write fails). {@code max-connections}: how many
 * streams are open at once, each holding a thread; one more is a 503. {@code retry}: how long a browser waits before
 * it reconnects (the SSE {@code retry} field).
 */
@Component
record StreamSettings(Duration heartbeat, int maxConnections, Duration retry) {

    StreamSettings(@Value("${ledger.integration.stream.heartbeat:PT15S}") Duration heartbeat,
                   @Value("${ledger.integration.stream.max-connections:32}") int maxConnections,
                   @Value("${ledger.integration.stream.retry:PT3S}") Duration retry) {
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("ledger.integration.stream.heartbeat must be positive: " + heartbeat);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("ledger.integration.stream.max-connections must be at least 1");
        }
        if (retry.isNegative()) {
            throw new IllegalArgumentException("ledger.integration.stream.retry must not be negative: " + retry);
        }
        this.heartbeat = heartbeat;
        this.maxConnections = maxConnections;
        this.retry = retry;
    }
}
