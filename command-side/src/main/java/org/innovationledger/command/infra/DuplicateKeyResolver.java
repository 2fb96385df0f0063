package org.innovationledger.command.infra;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

import java.sql.SQLException;

/**
 * Tells Axon when an append failed because another writer took the same (aggregate, sequence) slot, so it
 * raises a ConcurrencyException (retried) instead of a generic failure. Axon's default resolver misses
 * PostgreSQL's SQL state 23505 and takes every other integrity error (NOT NULL, CHECK) for a lost race;
 * both supported databases report a unique violation, and only that, as 23505.
 */
@Component
class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";
    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
