package org.innovationledger.kernel.realisation;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.Texts;

/** What one agreement party is allocated of a distribution; {@code partyId} as the agreement lists it. */
public record Allocation(String partyId, Money amount) {

    public Allocation {
        partyId = Texts.identifier(partyId, "partyId");
        Texts.present(amount, "amount is required");
    }
}
