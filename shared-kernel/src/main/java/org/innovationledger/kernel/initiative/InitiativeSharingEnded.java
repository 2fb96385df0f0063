package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.Texts;
import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;

/** The owner region ended the sharing of the initiative with another region, which no longer sees it. */
@Revision("1")
public record InitiativeSharingEnded(InitiativeId initiativeId,
                                     TenantId ownerTenant,
                                     TenantId sharedWith) {

    public InitiativeSharingEnded {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.present(ownerTenant, "ownerTenant is required");
        Texts.present(sharedWith, "sharedWith is required");
    }
}
