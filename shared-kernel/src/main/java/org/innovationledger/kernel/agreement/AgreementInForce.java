package org.innovationledger.kernel.agreement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Every party has signed: the agreement is in force (follows the last {@link AgreementSignedByParty} in the same
 * command). {@code signedOn} is the date of the latest signature.
 */
@Revision("1")
public record AgreementInForce(AgreementId agreementId, LocalDate signedOn) {
}
