package org.innovationledger.kernel.initiative;

/** Whose initiatives a portfolio overview covers, seen from the tenant asking. */
public enum PortfolioScope {
    /** The tenant's own initiatives and those other regions share with it. */
    ALL,
    /** The tenant's own initiatives only, shared with others or not. */
    OWN,
    /** Only initiatives other regions share with the tenant (joint projects). */
    SHARED
}
