package org.innovationledger.kernel.agreement;

import org.innovationledger.kernel.common.Texts;

/**
 * The terms the sources name: the cost principle ("each party pays its own"), the ownership of results (joint)
 * and publication rights. The sources are silent on intellectual property and exit clauses (domain model §7), so
 * those are free text the parties fill in as their agreement says, never a rule the ledger invents.
 *
 * @param costNote             how costs are divided; required when the principle is AS_AGREED
 * @param resultOwnershipNote  how results are owned; required when the ownership is AS_AGREED
 * @param publicationRights    who may publish what, and when; free text
 * @param intellectualProperty IP clauses as agreed; free text (not in the sources)
 * @param exitTerms            exit and termination clauses as agreed; free text (not in the sources)
 */
public record AgreementTerms(CostPrinciple costPrinciple,
                             String costNote,
                             ResultOwnership resultOwnership,
                             String resultOwnershipNote,
                             String publicationRights,
                             String intellectualProperty,
                             String exitTerms) {

    public AgreementTerms {
        Texts.present(costPrinciple, "costPrinciple is required");
        costNote = Texts.optional(costNote, "costNote", 2000);
        if (costPrinciple == CostPrinciple.AS_AGREED && costNote == null) {
            throw new IllegalArgumentException("costNote is required when the cost principle is AS_AGREED");
        }
        Texts.present(resultOwnership, "resultOwnership is required");
        resultOwnershipNote = Texts.optional(resultOwnershipNote, "resultOwnershipNote", 2000);
        if (resultOwnership == ResultOwnership.AS_AGREED && resultOwnershipNote == null) {
            throw new IllegalArgumentException("resultOwnershipNote is required when the ownership is AS_AGREED");
        }
        publicationRights = Texts.optional(publicationRights, "publicationRights", 2000);
        intellectualProperty = Texts.optional(intellectualProperty, "intellectualProperty", 4000);
        exitTerms = Texts.optional(exitTerms, "exitTerms", 4000);
    }
}
