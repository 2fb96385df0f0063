package org.innovationledger.kernel.realisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Texts;

/** Record the baseline of one of the value model's indicators ("nuläget" that later values are compared with). */
public record RecordBaseline(AgreementId agreementId,
                             String measurementId,
                             String indicatorId,
                             BigDecimal value,
                             LocalDate measuredOn,
                             String source,
                             Long expectedVersion) {

    public RecordBaseline {
        Texts.present(agreementId, "agreementId is required");
        measurementId = Texts.identifier(measurementId, "measurementId");
        indicatorId = Texts.identifier(indicatorId, "indicatorId");
        Texts.present(value, "value is required");
        Texts.present(measuredOn, "measuredOn is required");
        source = Texts.optional(source, "source", 300);
    }

    @TargetAggregateIdentifier
    public String target() {
        return RealisationTarget.of(agreementId);
    }
}
