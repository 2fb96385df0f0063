package org.innovationledger.kernel.common;

/**
 * The roles a caller acts in; written into every event's {@link LedgerMetadata#ROLE}. One role per identity, so
 * that the separation of duties holds (an auditor never also writes): give a person who needs two roles two
 * accounts.
 */
public enum LedgerRole {
    /** Registers needs and initiatives and records decisions in the own tenant; reads its portfolio. */
    PORTFOLIO_MANAGER,
    /** Reads everything of the own tenant (and later the audit trail, as-of views, exports); never writes. */
    AUDITOR,
    /** A system that subscribes to the own tenant's events (the feed, stream and webhooks of issue 8). */
    INTEGRATION,
    /** Process models, the organisation's structure, users, and later replays. */
    ADMIN;

    /** The Spring Security authority that stands for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
