package org.innovationledger.kernel.realisation;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.ValueModelRef;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator was measured; {@code followUpId} names the agreed follow-up it belongs to, if any. */
@Revision("1")
public record MeasurementRecorded(AgreementId agreementId, TenantId tenant, InitiativeId initiativeId, String measurementId,
                                  ValueModelRef valueModel, String indicatorId, BigDecimal value, LocalDate measuredOn,
                                  String followUpId, String source) {
}
