package org.innovationledger.query.accounts;

import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.accounts.FetchInnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionView;
import org.innovationledger.kernel.common.TenantId;
import org.springframework.stereotype.Component;

/**
 * Computes a region's accounts of a year by folding the event stream up to a position: the newest for a preview,
 * the recorded one for a published edition, which therefore reads the same whatever happened after it.
 */
@Component
class InnovationAccountsService {

    private final LedgerStream ledger;

    InnovationAccountsService(LedgerStream ledger) {
        this.ledger = ledger;
    }

    @QueryHandler
    InnovationAccounts handle(FetchInnovationAccounts query) {
        return compute(query.tenant(), query.year(), query.position(), query.edition());
    }

    InnovationAccounts compute(TenantId tenant, int year, Long position, InnovationAccountsEditionView edition) {
        long head = ledger.head();
        long at = position == null ? head : position;
        if (at > head) {
            throw new IllegalArgumentException("position " + at + " is ahead of the ledger, whose newest event is at "
                    + head);
        }
        AccountsFold fold = new AccountsFold(tenant, year);
        ledger.read(at, fold::apply);
        return fold.accounts(at, edition == null ? null : edition.withoutDigest());
    }
}
