package org.innovationledger.kernel.partner;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A partner carries {@code newName} from {@code effectiveFrom} on; before that date it keeps {@code previousName}. */
@Revision("1")
public record PartnerOrganisationRenamed(PartnerId partnerId,
                                         String previousName,
                                         String newName,
                                         LocalDate effectiveFrom) {
}
