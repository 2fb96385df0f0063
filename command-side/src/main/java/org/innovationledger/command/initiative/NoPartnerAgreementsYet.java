package org.innovationledger.command.initiative;

import org.innovationledger.kernel.initiative.InitiativeId;
import org.springframework.stereotype.Component;

/**
 * Until partnership agreements are recorded in the ledger (their own issue), no initiative has a signed one:
 * a phase that requires it cannot be entered, and the refusal names that requirement. Replace this class
 * when agreements arrive.
 */
@Component
class NoPartnerAgreementsYet implements PartnerAgreements {

    @Override
    public boolean hasSignedAgreementWithFollowUps(InitiativeId initiativeId) {
        return false;
    }
}
