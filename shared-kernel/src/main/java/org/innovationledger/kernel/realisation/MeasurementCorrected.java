package org.innovationledger.kernel.realisation;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.agreement.AgreementId;

import java.math.BigDecimal;

/** A baseline or measurement was corrected; the wrong value stays on record in the earlier event. */
@Revision("1")
public record MeasurementCorrected(AgreementId agreementId, String measurementId, String indicatorId,
                                   BigDecimal previousValue, BigDecimal correctedValue) {
}
