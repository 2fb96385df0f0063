package org.innovationledger.kernel.realisation;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.Beneficiary;
import org.innovationledger.kernel.value.ValueModelRef;
import org.innovationledger.kernel.value.ValuePerspective;

import java.time.LocalDate;

/**
 * Value was realised for a value item at an agreed follow-up. Beneficiary, perspective and whether it is
 * realisable are copied from the model version's item, so the event alone says what kind of value it was.
 *
 * @param initiativeId the initiative the agreement belongs to, copied from it; null if none
 * @param amount null for a value the parties did not put a sum on (an "ideal" value)
 */
@Revision("1")
public record ValueRealised(AgreementId agreementId, TenantId tenant, InitiativeId initiativeId, String realisationId, ValueModelRef valueModel,
                            String followUpId, LocalDate followUpDate, String valueItemId, Beneficiary beneficiary,
                            ValuePerspective perspective, boolean realisable, Money amount, String evidence) {
}
