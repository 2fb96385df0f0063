package org.innovationledger.kernel.common;

/**
 * Why a command was refused, as carried in a command's exceptional result across process boundaries
 * (Axon Server) and shown to API clients as the problem detail's {@code rule} and {@code status}.
 *
 * @param rule   stable machine-readable code, e.g. {@code ORGANISATION_UNIT_UNKNOWN}
 * @param detail human-readable explanation
 * @param status HTTP status the API answers with (404 unknown aggregate, 409 violated rule, 412 stale version)
 */
public record RuleViolation(String rule, String detail, int status) {
}
