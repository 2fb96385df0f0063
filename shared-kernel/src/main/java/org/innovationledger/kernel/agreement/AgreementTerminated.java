package org.innovationledger.kernel.agreement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The agreement was ended before its validity ran out.
 *
 * @param endedBy     the parties that ended it (may be empty: by mutual consent or unstated)
 * @param milestoneId the decision point where a party said END, or null for a termination of its own
 */
@Revision("1")
public record AgreementTerminated(AgreementId agreementId,
                                  List<String> endedBy,
                                  String reason,
                                  LocalDate terminatedOn,
                                  String milestoneId) {
}
