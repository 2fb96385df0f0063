package org.innovationledger.kernel.agreement;

import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.initiative.InitiativeId;

/**
 * Drafts an agreement, optionally for an initiative of the same region. The ledger gives it its id (see
 * {@link AgreementId#forInitiative}); the command's result is that id. The initiative cannot change later.
 */
public record DraftAgreement(InitiativeId initiativeId, AgreementContent content) {

    public DraftAgreement {
        Texts.present(content, "the agreement's content is required");
    }
}
