package org.innovationledger.kernel.initiative;

/** The system levels barriers occur at: verksamhets-, organisations- och policynivå. */
public enum SystemLevel {
    OPERATIONS, ORGANISATION, POLICY
}
