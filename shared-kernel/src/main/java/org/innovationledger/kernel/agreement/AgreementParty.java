package org.innovationledger.kernel.agreement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.partner.PartnerId;

/**
 * A party to an agreement: one of the region's own units ({@code unitId}) or a partner organisation from the
 * region's partner register ({@code partnerId}), exactly one of them, with its role in the agreement (e.g.
 * "region", "företagspartner", "testbädd").
 */
public record AgreementParty(OrganisationUnitId unitId, PartnerId partnerId, String role) {

    public AgreementParty {
        if ((unitId == null) == (partnerId == null)) {
            throw new IllegalArgumentException("a party is either an own unit (unitId) or a partner organisation"
                    + " (partnerId), exactly one of them");
        }
        role = Texts.required(role, "role", 100);
    }

    public static AgreementParty unit(OrganisationUnitId unitId, String role) {
        return new AgreementParty(unitId, null, role);
    }

    public static AgreementParty partner(PartnerId partnerId, String role) {
        return new AgreementParty(null, partnerId, role);
    }

    /** The party's id as signatures and positions name it: the unit's or the partner's id. */
    @JsonIgnore
    public String party() {
        return unitId != null ? unitId.value() : partnerId.value();
    }

    /** Whether the party is one of the region's own units. */
    @JsonIgnore
    public boolean ownUnit() {
        return unitId != null;
    }
}
