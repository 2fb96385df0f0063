package org.innovationledger.kernel.agreement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** One party signed; {@code party} is its unit or partner id, {@code signatory} the person who signed for it. */
@Revision("1")
public record AgreementSignedByParty(AgreementId agreementId,
                                     String party,
                                     String signatory,
                                     LocalDate signedOn) {
}
