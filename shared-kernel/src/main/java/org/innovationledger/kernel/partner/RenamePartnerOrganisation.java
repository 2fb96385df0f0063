package org.innovationledger.kernel.partner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Renames a partner organisation from a date on (a company changes its name); the old name stays in force before
 * that date.
 *
 * @param expectedVersion the aggregate version the caller last saw (HTTP If-Match); null to skip the check
 */
public record RenamePartnerOrganisation(@TargetAggregateIdentifier PartnerId partnerId,
                                        String newName,
                                        LocalDate effectiveFrom,
                                        Long expectedVersion) {

    public RenamePartnerOrganisation {
        Texts.present(partnerId, "partnerId is required");
        newName = Texts.required(newName, "newName", 200);
        Texts.present(effectiveFrom, "effectiveFrom is required");
        Dates.plausible(effectiveFrom, "effectiveFrom");
    }
}
