package org.innovationledger.kernel.agreement;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;

/** An agreement was drafted, for an initiative or none ({@code initiativeId} null). */
@Revision("1")
public record AgreementDrafted(AgreementId agreementId,
                               TenantId tenant,
                               InitiativeId initiativeId,
                               AgreementContent content) {
}
