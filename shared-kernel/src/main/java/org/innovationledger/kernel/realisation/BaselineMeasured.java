package org.innovationledger.kernel.realisation;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.ValueModelRef;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The baseline of an indicator was measured, under the value model version the agreement referenced then. */
@Revision("1")
public record BaselineMeasured(AgreementId agreementId, TenantId tenant, InitiativeId initiativeId, String measurementId, ValueModelRef valueModel,
                               String indicatorId, BigDecimal value, LocalDate measuredOn, String source) {
}
