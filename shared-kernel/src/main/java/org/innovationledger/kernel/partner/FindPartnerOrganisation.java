package org.innovationledger.kernel.partner;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

/** Answers a {@link PartnerOrganisationView}, or nothing when the partner is not in the tenant's register. */
public record FindPartnerOrganisation(TenantId tenant, PartnerId partnerId) {

    public FindPartnerOrganisation {
        Texts.present(tenant, "tenant is required");
        Texts.present(partnerId, "partnerId is required");
    }
}
