package org.innovationledger.command.agreement;

import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.initiative.InitiativeId;

/**
 * The id a new agreement of an initiative gets: the initiative's next free agreement number (see
 * {@link AgreementId#forInitiative}). Numbering the agreements by initiative is what lets the test-phase rule find
 * an initiative's agreements by reading only their own event streams.
 */
public interface AgreementIds {

    AgreementId nextFor(InitiativeId initiativeId);
}
