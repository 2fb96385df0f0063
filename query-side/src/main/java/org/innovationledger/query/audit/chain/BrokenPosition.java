package org.innovationledger.query.audit.chain;

/** The first position at which verification failed, what is wrong there, and in words for the auditor. */
public record BrokenPosition(long position, ChainProblem problem, String detail) {
}
