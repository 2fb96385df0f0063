package org.innovationledger.kernel.realisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Texts;

/** Record a measurement of an indicator, at one of the agreement's follow-ups or between them. */
public record RecordMeasurement(AgreementId agreementId,
                                String measurementId,
                                String indicatorId,
                                BigDecimal value,
                                LocalDate measuredOn,
                                String followUpId,
                                String source,
                                Long expectedVersion) {

    public RecordMeasurement {
        Texts.present(agreementId, "agreementId is required");
        measurementId = Texts.identifier(measurementId, "measurementId");
        indicatorId = Texts.identifier(indicatorId, "indicatorId");
        Texts.present(value, "value is required");
        Texts.present(measuredOn, "measuredOn is required");
        followUpId = followUpId == null ? null : Texts.identifier(followUpId, "followUpId");
        source = Texts.optional(source, "source", 300);
    }

    @TargetAggregateIdentifier
    public String target() {
        return RealisationTarget.of(agreementId);
    }
}
