package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.Texts;
import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;

/**
 * The owner region opened the initiative for reading to another region (a joint project). Who shared it and why
 * is in the metadata, as for every event.
 */
@Revision("1")
public record InitiativeShared(InitiativeId initiativeId,
                               TenantId ownerTenant,
                               TenantId sharedWith) {

    public InitiativeShared {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.present(ownerTenant, "ownerTenant is required");
        Texts.present(sharedWith, "sharedWith is required");
    }
}
