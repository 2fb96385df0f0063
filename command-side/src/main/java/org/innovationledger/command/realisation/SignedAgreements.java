package org.innovationledger.command.realisation;

import org.innovationledger.kernel.agreement.AgreementId;

import java.util.Optional;

/** The terms of an agreement as they stand, read from the agreement's events (never the read side). */
public interface SignedAgreements {

    Optional<SettlementTerms> find(AgreementId agreementId);
}
