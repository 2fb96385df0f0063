package org.innovationledger.command.realisation;

import org.innovationledger.kernel.agreement.AgreementId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Until the Agreement aggregate lands (issue 5, in progress): no agreement is known. */
@Component
class NoSignedAgreementsYet implements SignedAgreements {

    @Override
    public Optional<SettlementTerms> find(AgreementId agreementId) {
        return Optional.empty();
    }
}
