package org.innovationledger.kernel.agreement;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

/** Answers an {@link AgreementView}, or nothing when the agreement is unknown in the tenant. */
public record FindAgreement(TenantId tenant, AgreementId agreementId) {

    public FindAgreement {
        Texts.present(tenant, "tenant is required");
        Texts.present(agreementId, "agreementId is required");
    }
}
