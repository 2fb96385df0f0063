package org.innovationledger.security.logging;

import org.slf4j.MDC;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts entries into the diagnostic context (MDC) for a scope and, on close, puts back what was there before:
 * a message handled within another one (an event published while a command commits) must not wipe its context.
 */
public final class LogContext implements AutoCloseable {

    private final Map<String, String> previous = new HashMap<>();

    private LogContext(Map<String, String> entries) {
        entries.forEach((key, value) -> {
            previous.put(key, MDC.get(key));
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }

    /** Entries with a null value are removed for the scope (so an outer message's values cannot leak into it). */
    public static LogContext of(Map<String, String> entries) {
        return new LogContext(entries);
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }
}
