package org.innovationledger.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/**
 * Replaces the draft's content (everything but the initiative) before the first party signs: what a party signed
 * is never changed afterwards; an agreement in force changes only by amendment.
 */
public record ReviseAgreementDraft(@TargetAggregateIdentifier AgreementId agreementId,
                                   AgreementContent content,
                                   Long expectedVersion) {

    public ReviseAgreementDraft {
        Texts.present(agreementId, "agreementId is required");
        Texts.present(content, "the agreement's content is required");
    }
}
