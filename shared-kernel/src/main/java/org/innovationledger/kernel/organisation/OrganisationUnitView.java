package org.innovationledger.kernel.organisation;

import org.innovationledger.kernel.common.TenantId;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit as the read side knows it.
 *
 * @param name     the name in force today
 * @param names    every name with the date it took effect, oldest first
 * @param version  the aggregate version (use as ETag / If-Match)
 * @param position global event position this view reflects
 */
public record OrganisationUnitView(OrganisationUnitId unitId,
                                   TenantId tenant,
                                   String name,
                                   OrganisationUnitKind kind,
                                   OrganisationUnitId parentId,
                                   LocalDate establishedOn,
                                   List<UnitName> names,
                                   long version,
                                   long position) {

    /** A name and the date from which it applies. */
    public record UnitName(String name, LocalDate effectiveFrom) {
    }
}
