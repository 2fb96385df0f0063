package org.innovationledger.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.value.ValueModelRef;

import java.time.LocalDate;
import java.util.List;

/**
 * Amends an agreement in force. An amendment is signed on paper by all parties like the agreement itself; the
 * ledger records it with the reference to that signed document (the command's document reference, required) and
 * does not collect the parties' signatures again.
 *
 * <p>Each of terms, follow-ups, milestones, value model, end of validity and expected results is replaced when
 * given and kept when null; at least one must be given. Follow-ups and milestones are replaced as whole lists.
 * The start of validity stays as signed.
 *
 * @param amendmentId the amendment's own id (e.g. "Tillägg 1"'s number), unique within the agreement
 * @param summary     what the amendment changes and why
 */
public record AmendAgreement(@TargetAggregateIdentifier AgreementId agreementId,
                             String amendmentId,
                             String summary,
                             AgreementTerms terms,
                             List<FollowUpDate> followUps,
                             List<Milestone> milestones,
                             ValueModelRef valueModel,
                             LocalDate validUntil,
                             String expectedResults,
                             Long expectedVersion) {

    public AmendAgreement {
        Texts.present(agreementId, "agreementId is required");
        Texts.identifier(amendmentId, "amendmentId");
        summary = Texts.required(summary, "summary", 2000);
        followUps = followUps == null ? null : FollowUpDate.numbered(followUps);
        milestones = milestones == null ? null : Milestone.numbered(milestones);
        Dates.plausible(validUntil, "validUntil");
        expectedResults = Texts.optional(expectedResults, "expectedResults", 10_000);
        if (terms == null && followUps == null && milestones == null && valueModel == null && validUntil == null
                && expectedResults == null) {
            throw new IllegalArgumentException("an amendment changes at least one of terms, followUps, milestones,"
                    + " valueModel, validUntil or expectedResults");
        }
    }
}
