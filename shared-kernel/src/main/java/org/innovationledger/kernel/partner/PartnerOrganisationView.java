package org.innovationledger.kernel.partner;

import org.innovationledger.kernel.common.TenantId;

import java.time.LocalDate;
import java.util.List;

/**
 * A partner organisation as the read side knows it.
 *
 * @param name     the name in force today
 * @param names    every name with the date it took effect (null for the registered name), oldest first
 * @param version  the aggregate version (use as ETag / If-Match)
 * @param position global event position this view reflects
 */
public record PartnerOrganisationView(PartnerId partnerId,
                                      TenantId tenant,
                                      String name,
                                      PartnerKind kind,
                                      String organisationNumber,
                                      String country,
                                      List<PartnerName> names,
                                      long version,
                                      long position) {

    /** A name and the date from which it applies. */
    public record PartnerName(String name, LocalDate effectiveFrom) {
    }
}
