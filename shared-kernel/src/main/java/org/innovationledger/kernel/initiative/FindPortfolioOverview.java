package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** Answers the tenant's {@link PortfolioOverview}; {@code unitId} narrows it to one owning unit when set. */
public record FindPortfolioOverview(TenantId tenant, OrganisationUnitId unitId) {
}
