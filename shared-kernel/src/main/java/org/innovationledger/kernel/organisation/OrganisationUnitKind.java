package org.innovationledger.kernel.organisation;

/**
 * Kinds of the region's own units, as the sources name them. External partner organisations
 * (companies, academia, municipalities, patient organisations, funders) are a concept of their own.
 */
public enum OrganisationUnitKind {
    /** Region, landsting (SV) / region (DA): the top of the hierarchy and usually the tenant. */
    REGION,
    /** Nämnd: a political board. */
    BOARD,
    /** Bolag: a company owned by the region. */
    COMPANY,
    /** Förvaltning: an administration under a board. */
    ADMINISTRATION,
    /** Sjukhus / hospital. */
    HOSPITAL,
    /** Klinik / care unit. */
    CLINIC,
    /** Testbädd, innovationsklinik, testmiljö: a unit where solutions are tried in everyday care. */
    TESTBED
}
