package org.innovationledger.kernel.value;

import org.innovationledger.kernel.common.Texts;

import java.math.BigDecimal;

/**
 * The share of distributed value that goes to the agreement party with this role, in percent. Roles are the
 * role texts of the agreement's parties (compared ignoring case), e.g. "region" and "företagspartner".
 */
public record PartyShare(String partyRole, BigDecimal percent) {

    public PartyShare {
        partyRole = Texts.required(partyRole, "partyRole", 100);
        Texts.present(percent, "percent is required");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a share is between 0 and 100 percent, got " + percent);
        }
    }
}
