package org.innovationledger.kernel.agreement;

import org.axonframework.serialization.Revision;

/** The draft's content was replaced before anyone signed it. */
@Revision("1")
public record AgreementDraftRevised(AgreementId agreementId, AgreementContent content) {
}
