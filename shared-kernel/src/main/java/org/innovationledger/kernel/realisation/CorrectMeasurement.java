package org.innovationledger.kernel.realisation;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Texts;

/** Correct a recorded baseline or measurement: a compensating event, the wrong value stays on record. */
public record CorrectMeasurement(AgreementId agreementId,
                                 String measurementId,
                                 BigDecimal correctedValue,
                                 Long expectedVersion) {

    public CorrectMeasurement {
        Texts.present(agreementId, "agreementId is required");
        measurementId = Texts.identifier(measurementId, "measurementId");
        Texts.present(correctedValue, "correctedValue is required");
    }

    @TargetAggregateIdentifier
    public String target() {
        return RealisationTarget.of(agreementId);
    }
}
