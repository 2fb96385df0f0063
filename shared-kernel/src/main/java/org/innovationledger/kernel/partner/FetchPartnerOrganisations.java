package org.innovationledger.kernel.partner;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

/** Answers the region's partner register as {@link PartnerOrganisationView}s, optionally only one kind. */
public record FetchPartnerOrganisations(TenantId tenant, PartnerKind kind) {

    public FetchPartnerOrganisations {
        Texts.present(tenant, "tenant is required");
    }
}
