package org.innovationledger.command.initiative;

import org.innovationledger.kernel.initiative.InitiativeId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake for the partner-agreement check: answers whatever the test switched it to (no signed agreement until
 * switched on), and remembers which initiatives it was asked about.
 */
final class SwitchablePartnerAgreements implements PartnerAgreements {

    private boolean signed;
    private final List<InitiativeId> asked = new ArrayList<>();

    SwitchablePartnerAgreements signed(boolean signed) {
        this.signed = signed;
        return this;
    }

    List<InitiativeId> asked() {
        return List.copyOf(asked);
    }

    @Override
    public boolean hasSignedAgreementWithFollowUps(InitiativeId initiativeId, LocalDate on) {
        asked.add(initiativeId);
        return signed;
    }
}
