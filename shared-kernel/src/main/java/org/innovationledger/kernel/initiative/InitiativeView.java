package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.Instant;

/**
 * An initiative as the read side knows it.
 *
 * @param unitName     the owning unit's name in force today
 * @param registeredBy principal who registered it
 * @param version      the aggregate version (use as ETag / If-Match)
 * @param position     global event position this view reflects
 */
public record InitiativeView(InitiativeId initiativeId,
                             TenantId tenant,
                             String title,
                             String description,
                             OrganisationUnitId unitId,
                             String unitName,
                             Instant registeredAt,
                             String registeredBy,
                             long version,
                             long position) {
}
