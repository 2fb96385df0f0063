package org.innovationledger.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Records one party's signature: {@code party} is the party's unit or partner id, {@code signatory} the person who
 * signed for it. The last signature puts the agreement in force.
 */
public record SignAgreement(@TargetAggregateIdentifier AgreementId agreementId,
                            String party,
                            String signatory,
                            LocalDate signedOn,
                            Long expectedVersion) {

    public SignAgreement {
        Texts.present(agreementId, "agreementId is required");
        Texts.identifier(party, "party");
        signatory = Texts.required(signatory, "signatory", 200);
        Texts.present(signedOn, "signedOn is required");
        Dates.plausible(signedOn, "signedOn");
    }
}
