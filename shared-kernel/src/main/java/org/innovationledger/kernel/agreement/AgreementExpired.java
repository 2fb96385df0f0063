package org.innovationledger.kernel.agreement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The agreement ran out: {@code validUntil} was its last day of validity. */
@Revision("1")
public record AgreementExpired(AgreementId agreementId, LocalDate validUntil) {
}
