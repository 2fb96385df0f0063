package org.innovationledger.kernel.realisation;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** Realised value was moved from one unit's budget to another's. */
@Revision("1")
public record ValueTransferredBetweenBudgets(AgreementId agreementId, TenantId tenant, InitiativeId initiativeId, String transferId,
                                             OrganisationUnitId fromUnit, OrganisationUnitId toUnit, Money amount) {
}
