package org.innovationledger.query.ui.initiative;

import org.innovationledger.kernel.common.LedgerRole;
import org.innovationledger.query.ui.UiRequest;

/**
 * Who is shown the forms: portfolio managers, the only role the command API lets send them, and only on today's
 * ledger (nothing is recorded "as of" the past). The API decides anyway; this only hides what would be refused.
 */
final class Writers {

    private Writers() {
    }

    static boolean mayWrite(UiRequest ui) {
        return ui.caller() != null && !ui.past() && LedgerRole.PORTFOLIO_MANAGER.name().equals(ui.caller().role());
    }
}
