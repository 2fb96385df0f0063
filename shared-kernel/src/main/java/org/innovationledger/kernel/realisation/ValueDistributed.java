package org.innovationledger.kernel.realisation;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.ValueModelRef;

import java.util.List;

/** Realised value was distributed between the parties by the rule of the named value model version. */
@Revision("1")
public record ValueDistributed(AgreementId agreementId, TenantId tenant, InitiativeId initiativeId, String distributionId,
                               ValueModelRef valueModel, Money total, List<AllocatedShare> allocations) {
}
