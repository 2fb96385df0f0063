package org.innovationledger.kernel.partner;

/**
 * Kinds of external partner organisations the sources name (companies from industry, academia, municipalities,
 * patient organisations, funders such as Vinnova). The region's own units are organisation units, not partners.
 */
public enum PartnerKind {
    /** A company (bolag) from industry, e.g. a medtech or pharmaceutical company. */
    COMPANY,
    /** A small or medium-sized enterprise. */
    SME,
    /** A start-up. */
    START_UP,
    /** A university or research institute. */
    ACADEMIA,
    /** A municipality (kommun / kommune). */
    MUNICIPALITY,
    /** A patient organisation (civil society). */
    PATIENT_ORGANISATION,
    /** A funder, e.g. Vinnova or an EU programme. */
    FUNDER
}
