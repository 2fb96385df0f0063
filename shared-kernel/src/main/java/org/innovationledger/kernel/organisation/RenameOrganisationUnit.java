package org.innovationledger.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Renames a unit from a date on (Västerbottens läns landsting became Region Västerbotten). The old name stays
 * valid before that date: names are temporal, nothing is overwritten.
 *
 * @param expectedVersion the aggregate version the caller last saw (HTTP If-Match); null to skip the check.
 *                        Checked by the aggregate itself, so a stale version is a rule like any other (412).
 */
public record RenameOrganisationUnit(@TargetAggregateIdentifier OrganisationUnitId unitId,
                                     String newName,
                                     LocalDate effectiveFrom,
                                     Long expectedVersion) {

    public RenameOrganisationUnit {
        Texts.present(unitId, "unitId is required");
        newName = Texts.required(newName, "newName", 200);
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("effectiveFrom is required");
        }
        Dates.plausible(effectiveFrom, "effectiveFrom");
    }
}
