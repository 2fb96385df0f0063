package org.innovationledger.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records the decision taken at a milestone's decision point: every party's position. Decisions are joint, but
 * either side may end: one END ends the agreement.
 */
public record RecordAgreementDecisionPoint(@TargetAggregateIdentifier AgreementId agreementId,
                                           String milestoneId,
                                           List<PartyAgreementPosition> positions,
                                           LocalDate decidedOn,
                                           String rationale,
                                           Long expectedVersion) {

    public RecordAgreementDecisionPoint {
        Texts.present(agreementId, "agreementId is required");
        Texts.identifier(milestoneId, "milestoneId");
        Texts.present(positions, "positions are required");
        if (positions.size() > AgreementContent.MAX_PARTIES) {
            throw new IllegalArgumentException("at most " + AgreementContent.MAX_PARTIES + " positions");
        }
        Set<String> parties = new HashSet<>();
        for (PartyAgreementPosition position : positions) {
            Texts.present(position, "position is required");
            if (!parties.add(position.party())) {
                throw new IllegalArgumentException("party " + position.party() + " is named twice");
            }
        }
        positions = List.copyOf(positions);
        Texts.present(decidedOn, "decidedOn is required");
        Dates.plausible(decidedOn, "decidedOn");
        rationale = Texts.optional(rationale, "rationale", 10_000);
    }
}
