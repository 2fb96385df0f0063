package org.innovationledger.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Withdraws an agreement that never came into force, signed by some parties or none: the negotiation ended
 * without an agreement. Its reason is the command's reason.
 */
public record WithdrawAgreementDraft(@TargetAggregateIdentifier AgreementId agreementId, LocalDate withdrawnOn,
                                     Long expectedVersion) {

    public WithdrawAgreementDraft {
        Texts.present(agreementId, "agreementId is required");
        Texts.present(withdrawnOn, "withdrawnOn is required");
        Dates.plausible(withdrawnOn, "withdrawnOn");
    }
}
