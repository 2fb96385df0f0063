package org.innovationledger.kernel.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.ProcessModelId;


/**
 * Registers an initiative in the portfolio, owned by one of the tenant's units, from a need or from an external
 * partner's offer, under a process model (its newest version unless {@code processModelVersion} is given).
 */
public record RegisterInitiative(@TargetAggregateIdentifier InitiativeId initiativeId,
                                 String title,
                                 String description,
                                 OrganisationUnitId unitId,
                                 InitiativeOrigin origin,
                                 NeedId needId,
                                 String partnerName,
                                 CaseType caseType,
                                 ProcessModelId processModel,
                                 Integer processModelVersion) {

    public RegisterInitiative {
        Texts.present(initiativeId, "initiativeId is required");
        title = Texts.required(title, "title", 300);
        description = Texts.optional(description, "description", 10_000);
        if (unitId == null) {
            throw new IllegalArgumentException("unitId is required");
        }
        if (origin == null || origin == InitiativeOrigin.UNSPECIFIED) {
            throw new IllegalArgumentException("origin must be NEED or PARTNER_OFFER");
        }
        if (origin == InitiativeOrigin.NEED && needId == null) {
            throw new IllegalArgumentException("an initiative from a need names the needId");
        }
        if (origin != InitiativeOrigin.NEED && needId != null) {
            throw new IllegalArgumentException("needId goes with origin NEED; link a need to a partner's case instead");
        }
        partnerName = Texts.optional(partnerName, "partnerName", 200);
        if (origin == InitiativeOrigin.PARTNER_OFFER && partnerName == null) {
            throw new IllegalArgumentException("an initiative from a partner's offer names the partnerName");
        }
        caseType = caseType == null ? CaseType.INNOVATION : caseType;
        if (processModel == null) {
            throw new IllegalArgumentException("processModel is required");
        }
        if (processModelVersion != null && processModelVersion < 1) {
            throw new IllegalArgumentException("processModelVersion starts at 1");
        }
    }
}
