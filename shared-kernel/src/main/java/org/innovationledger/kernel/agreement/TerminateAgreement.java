package org.innovationledger.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * Ends an agreement in force before its validity runs out: either side may end it.
 *
 * @param endedBy the parties (unit or partner ids) that end it; empty when ended by mutual consent or unstated
 */
public record TerminateAgreement(@TargetAggregateIdentifier AgreementId agreementId,
                                 List<String> endedBy,
                                 String reason,
                                 LocalDate terminatedOn,
                                 Long expectedVersion) {

    public TerminateAgreement {
        Texts.present(agreementId, "agreementId is required");
        endedBy = endedBy == null ? List.of() : endedBy.stream().map(p -> Texts.identifier(p, "party")).toList();
        if (new HashSet<>(endedBy).size() < endedBy.size()) {
            throw new IllegalArgumentException("a party is named twice in endedBy");
        }
        reason = Texts.required(reason, "reason", 2000);
        Texts.present(terminatedOn, "terminatedOn is required");
        Dates.plausible(terminatedOn, "terminatedOn");
    }
}
