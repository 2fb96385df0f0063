package org.innovationledger.kernel.agreement;

import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.value.ValueModelRef;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the parties agree on, as drafted: the VLL partner agreement holds the value model, the expected results,
 * the follow-up occasions agreed in advance and the terms of the settlement.
 *
 * @param parties         the parties with their roles (rules on how many and which are the aggregate's)
 * @param valueModel      the version of the value model the agreement settles on; optional
 * @param followUps       follow-up dates agreed in advance; may be empty
 * @param milestones      milestones with decision points; may be empty
 * @param validFrom       first day of validity
 * @param validUntil      last day of validity; null for an agreement without end date
 * @param expectedResults the results the parties expect ("förväntade resultat"); optional
 */
public record AgreementContent(String title,
                               AgreementType type,
                               List<AgreementParty> parties,
                               ValueModelRef valueModel,
                               AgreementTerms terms,
                               List<FollowUpDate> followUps,
                               List<Milestone> milestones,
                               LocalDate validFrom,
                               LocalDate validUntil,
                               String expectedResults) {

    public static final int MAX_PARTIES = 20;

    public AgreementContent {
        title = Texts.required(title, "title", 300);
        Texts.present(type, "type is required");
        parties = distinctParties(parties);
        Texts.present(terms, "terms are required");
        followUps = FollowUpDate.numbered(followUps);
        milestones = Milestone.numbered(milestones);
        Texts.present(validFrom, "validFrom is required");
        Dates.plausible(validFrom, "validFrom");
        Dates.plausible(validUntil, "validUntil");
        expectedResults = Texts.optional(expectedResults, "expectedResults", 10_000);
    }

    private static List<AgreementParty> distinctParties(List<AgreementParty> parties) {
        Texts.present(parties, "parties are required");
        if (parties.size() > MAX_PARTIES) {
            throw new IllegalArgumentException("at most " + MAX_PARTIES + " parties");
        }
        Set<String> seen = new HashSet<>();
        for (AgreementParty party : parties) {
            Texts.present(party, "party is required");
            if (!seen.add(party.party())) {
                throw new IllegalArgumentException("party " + party.party() + " is listed twice");
            }
        }
        return List.copyOf(parties);
    }
}
