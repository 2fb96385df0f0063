package org.innovationledger.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/** Records that an agreement in force ran out: allowed once its last day of validity has passed. */
public record RecordAgreementExpiry(@TargetAggregateIdentifier AgreementId agreementId, Long expectedVersion) {

    public RecordAgreementExpiry {
        Texts.present(agreementId, "agreementId is required");
    }
}
