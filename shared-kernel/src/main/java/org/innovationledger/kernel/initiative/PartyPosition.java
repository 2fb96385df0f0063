package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.process.GateOutcome;


/** What one party to a decision wanted: in a partnership the decision is joint. */
public record PartyPosition(String party, GateOutcome position) {

    public PartyPosition {
        party = Texts.required(party, "party", 200);
        Texts.present(position, "position is required");
    }
}
