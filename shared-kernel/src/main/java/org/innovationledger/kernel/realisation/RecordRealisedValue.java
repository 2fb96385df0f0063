package org.innovationledger.kernel.realisation;

import org.innovationledger.kernel.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Texts;

/** Record value realised for one of the model's value items at an agreed follow-up ("de värden som realiserats"). */
public record RecordRealisedValue(AgreementId agreementId,
                                  String realisationId,
                                  String followUpId,
                                  String valueItemId,
                                  Money amount,
                                  String evidence,
                                  Long expectedVersion) {

    public RecordRealisedValue {
        Texts.present(agreementId, "agreementId is required");
        realisationId = Texts.identifier(realisationId, "realisationId");
        followUpId = Texts.identifier(followUpId, "followUpId");
        valueItemId = Texts.identifier(valueItemId, "valueItemId");
        evidence = Texts.required(evidence, "evidence", 2000);
    }

    @TargetAggregateIdentifier
    public String target() {
        return RealisationTarget.of(agreementId);
    }
}
