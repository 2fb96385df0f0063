package org.innovationledger.kernel.agreement;

import org.innovationledger.kernel.common.Texts;

/** What one party said at a decision point; {@code party} is the party's unit or partner id. */
public record PartyAgreementPosition(String party, AgreementPosition position) {

    public PartyAgreementPosition {
        Texts.identifier(party, "party");
        Texts.present(position, "position is required");
    }
}
