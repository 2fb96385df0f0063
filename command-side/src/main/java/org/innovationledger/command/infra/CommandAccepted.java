package org.innovationledger.command.infra;

/** The answer to an accepted command: the aggregate it touched and its version after the change. */
public record CommandAccepted(String id, long version) {
}
