package org.innovationledger.command.infra;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateKeyResolverTest {

    private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

    @Test
    void uniqueViolationStateIsADuplicateKey() {
        assertThat(resolver.isDuplicateKeyViolation(
                new SQLException("duplicate key value violates unique constraint", "23505"))).isTrue();
    }

    @Test
    void uniqueViolationStateNestedAsCauseIsADuplicateKey() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        Exception wrapped = new IllegalStateException("append failed",
                new RuntimeException("batch failed", duplicate));

        assertThat(resolver.isDuplicateKeyViolation(wrapped)).isTrue();
    }

    @Test
    void otherIntegrityViolationsAreNoLostRace() {
        assertThat(resolver.isDuplicateKeyViolation(
                new SQLIntegrityConstraintViolationException("NULL not allowed", "23502"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed",
                new SQLIntegrityConstraintViolationException("check violated", "23514")))).isFalse();
    }

    @Test
    void integrityViolationWithUniqueStateIsADuplicateKey() {
        assertThat(resolver.isDuplicateKeyViolation(
                new SQLIntegrityConstraintViolationException("unique index violated", "23505"))).isTrue();
    }

    @Test
    void otherSqlErrorIsNoDuplicateKey() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("syntax error", "42000"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(
                new RuntimeException("append failed", new SQLException("syntax error", "42000")))).isFalse();
    }

    @Test
    void sqlErrorWithoutStateOrNonSqlFailureIsNoDuplicateKey() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection lost"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("boom"))).isFalse();
    }
}
