package org.innovationledger.command;

import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * The If-Match check every aggregate makes: a command that names the version it read is refused (412) when the
 * aggregate has moved on since. Call it from inside a command handler.
 */
public final class AggregateVersion {

    private AggregateVersion() {
    }

    public static void require(Long expectedVersion) {
        Long actual = AggregateLifecycle.getVersion();
        if (expectedVersion != null && !expectedVersion.equals(actual)) {
            throw RuleViolationException.staleVersion(expectedVersion, actual);
        }
    }
}
