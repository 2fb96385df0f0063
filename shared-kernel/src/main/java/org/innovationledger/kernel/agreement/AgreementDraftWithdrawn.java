package org.innovationledger.kernel.agreement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A draft was withdrawn before every party had signed it; it never came into force. */
@Revision("1")
public record AgreementDraftWithdrawn(AgreementId agreementId, LocalDate withdrawnOn) {
}
