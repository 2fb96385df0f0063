package org.innovationledger.query.integration.webhook;

import java.time.Duration;

/**
 * When a failed delivery is tried again: {@code initial} after the first failure, then {@code factor} times longer
 * after each further one, never longer than {@code max}. After {@code maxAttempts} failed attempts the delivery is a
 * dead letter.
 */
public record Backoff(Duration initial, double factor, Duration max, int maxAttempts) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("webhook backoff: initial must be positive and max at least initial");
        }
        if (factor < 1) {
            throw new IllegalArgumentException("webhook backoff factor must be at least 1, got " + factor);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("webhook max attempts must be at least 1, got " + maxAttempts);
        }
    }

    /** The wait after the {@code failedAttempts}-th failed attempt (1 for the first). */
    public Duration delayAfter(int failedAttempts) {
        double millis = initial.toMillis() * Math.pow(factor, Math.max(0, failedAttempts - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }

    /** Whether that many failed attempts make the delivery a dead letter. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
