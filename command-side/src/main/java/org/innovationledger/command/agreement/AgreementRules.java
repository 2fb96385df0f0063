package org.innovationledger.command.agreement;

import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.initiative.InitiativeDirectory;
import org.innovationledger.command.organisation.OrganisationUnitDirectory;
import org.innovationledger.command.partner.PartnerDirectory;
import org.innovationledger.command.value.ValueModelCatalogue;
import org.innovationledger.kernel.agreement.AgreementContent;
import org.innovationledger.kernel.agreement.AgreementParty;
import org.innovationledger.kernel.agreement.FollowUpDate;
import org.innovationledger.kernel.agreement.Milestone;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.ValueModelRef;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules on what an agreement says and refers to, each a named check with its own rule code. */
final class AgreementRules {

    private AgreementRules() {
    }

    /** What a draft must meet, when drafted and when revised. */
    static void requireAcceptableContent(AgreementContent content, TenantId tenant, OrganisationUnitDirectory units,
                                         PartnerDirectory partners, ValueModelCatalogue valueModels) {
        requireTwoParties(content.parties());
        requireOwnUnit(content.parties());
        requirePartiesInTenant(content.parties(), tenant, units, partners);
        requireValueModelInTenant(content.valueModel(), tenant, valueModels);
        requireValidity(content.validFrom(), content.validUntil());
        requireFollowUps(content.followUps(), content.validFrom(), content.validUntil());
        requireMilestones(content.milestones(), content.validFrom(), content.validUntil());
    }

    static void requireInitiativeInTenant(InitiativeId initiativeId, TenantId tenant, InitiativeDirectory initiatives) {
        if (initiativeId != null && initiatives.ownerOf(initiativeId).filter(tenant::equals).isEmpty()) {
            throw new RuleViolationException("INITIATIVE_UNKNOWN", "initiative " + initiativeId
                    + " is not registered in this tenant");
        }
    }

    static void requireTwoParties(List<AgreementParty> parties) {
        if (parties.size() < 2) {
            throw new RuleViolationException("AGREEMENT_NEEDS_TWO_PARTIES", "an agreement has at least two parties,"
                    + " got " + parties.size());
        }
    }

    static void requireOwnUnit(List<AgreementParty> parties) {
        if (parties.stream().noneMatch(AgreementParty::ownUnit)) {
            throw new RuleViolationException("AGREEMENT_NEEDS_OWN_UNIT", "one party at least is one of the region's"
                    + " own organisation units");
        }
    }

    static void requirePartiesInTenant(List<AgreementParty> parties, TenantId tenant, OrganisationUnitDirectory units,
                                       PartnerDirectory partners) {
        for (AgreementParty party : parties) {
            if (party.ownUnit()) {
                if (units.find(party.unitId()).filter(unit -> unit.tenant().equals(tenant)).isEmpty()) {
                    throw new RuleViolationException("ORGANISATION_UNIT_UNKNOWN", "organisation unit "
                            + party.unitId() + " is not registered in this tenant");
                }
            } else if (partners.find(party.partnerId()).filter(p -> p.tenant().equals(tenant)).isEmpty()) {
                throw new RuleViolationException("PARTNER_UNKNOWN", "partner " + party.partnerId()
                        + " is not in this region's partner register");
            }
        }
    }

    static void requireValueModelInTenant(ValueModelRef valueModel, TenantId tenant, ValueModelCatalogue valueModels) {
        if (valueModel != null && !valueModels.exists(tenant, valueModel)) {
            throw new RuleViolationException("VALUE_MODEL_UNKNOWN", "value model " + valueModel
                    + " does not exist in this tenant");
        }
    }

    static void requireValidity(LocalDate validFrom, LocalDate validUntil) {
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new RuleViolationException("VALIDITY_INCONSISTENT", "the agreement cannot be valid until "
                    + validUntil + " when it is valid from " + validFrom);
        }
    }

    /** Follow-up occasions are distinct days within the agreement's validity. */
    static void requireFollowUps(List<FollowUpDate> followUps, LocalDate validFrom, LocalDate validUntil) {
        Set<LocalDate> days = new HashSet<>();
        for (FollowUpDate followUp : followUps) {
            if (!days.add(followUp.date())) {
                throw new RuleViolationException("FOLLOW_UP_DATES_NOT_UNIQUE", "two follow-ups fall on "
                        + followUp.date());
            }
            if (!within(followUp.date(), validFrom, validUntil)) {
                throw new RuleViolationException("FOLLOW_UP_OUTSIDE_VALIDITY", "follow-up " + followUp.id() + " on "
                        + followUp.date() + " lies outside the validity " + validity(validFrom, validUntil));
            }
        }
    }

    static void requireMilestones(List<Milestone> milestones, LocalDate validFrom, LocalDate validUntil) {
        for (Milestone milestone : milestones) {
            if (!within(milestone.date(), validFrom, validUntil)) {
                throw new RuleViolationException("MILESTONE_OUTSIDE_VALIDITY", "milestone " + milestone.id() + " on "
                        + milestone.date() + " lies outside the validity " + validity(validFrom, validUntil));
            }
        }
    }

    private static boolean within(LocalDate date, LocalDate validFrom, LocalDate validUntil) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    private static String validity(LocalDate validFrom, LocalDate validUntil) {
        return validFrom + " – " + (validUntil == null ? "(no end)" : validUntil);
    }
}
