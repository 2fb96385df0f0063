package org.innovationledger.kernel.realisation;

import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;

/**
 * Answers the {@link ValueRealisationReport} of the tenant's portfolio, of one initiative, or of one agreement.
 * At most one of the filters is given.
 */
public record FetchValueRealisation(TenantId tenant, InitiativeId initiativeId, AgreementId agreementId) {

    public FetchValueRealisation {
        if (initiativeId != null && agreementId != null) {
            throw new IllegalArgumentException("ask for one initiative or one agreement, not both");
        }
    }
}
