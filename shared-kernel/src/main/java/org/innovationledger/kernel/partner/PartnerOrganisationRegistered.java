package org.innovationledger.kernel.partner;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;

/** A partner organisation was registered in the region's partner register; {@code organisationNumber} may be null. */
@Revision("1")
public record PartnerOrganisationRegistered(PartnerId partnerId,
                                            TenantId tenant,
                                            String name,
                                            PartnerKind kind,
                                            String organisationNumber,
                                            String country) {
}
