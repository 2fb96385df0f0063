package org.innovationledger.command.accounts;

/**
 * Where the ledger stands: the global position of the newest event in the event store, -1 while it holds none. An
 * edition of the innovation accounts is built at a position no later than this.
 */
@FunctionalInterface
public interface LedgerHead {

    long position();
}
