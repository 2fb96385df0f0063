package org.innovationledger.query.audit.chain;

/** This setup keeps no JDBC event table to chain (Axon Server stores the events): answered as 501. */
class ChainUnavailableException extends RuntimeException {

    ChainUnavailableException() {
        super("The hash chain is computed over the JDBC event store (embedded H2 or PostgreSQL). With Axon Server"
                + " (profile axonserver) the events are stored in Axon Server, which guards their integrity itself:"
                + " see the README's section on tamper evidence.");
    }
}
