package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.util.List;

/**
 * The tenant's portfolio: how many initiatives, how they spread over the owning units, and the initiatives.
 *
 * @param position highest global event position reflected in this overview
 */
public record PortfolioOverview(TenantId tenant,
                                int initiativeCount,
                                List<UnitCount> byUnit,
                                List<InitiativeView> initiatives,
                                long position) {

    /** Number of initiatives owned by one unit. */
    public record UnitCount(OrganisationUnitId unitId, String unitName, int initiatives) {
    }
}
