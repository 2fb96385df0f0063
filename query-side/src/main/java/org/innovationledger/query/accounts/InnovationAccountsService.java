package org.innovationledger.query.accounts;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.accounts.FetchInnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionView;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.query.infra.asof.LedgerHistory;
import org.springframework.stereotype.Component;

/**
 * Computes a region's accounts of a year by folding the event stream up to a position: the newest for a preview,
 * the recorded one for a published edition, which therefore reads the same whatever happened after it.
 */
@Component
class InnovationAccountsService {

    /** The event store itself, never a read model: what the accounts show at a position depends on the events alone. */
    private final LedgerHistory ledger;

    InnovationAccountsService(EventStore eventStore) {
        this.ledger = new LedgerHistory(eventStore);
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
        ledger.read(at, event -> fold.apply(new LedgerEvent(event.getPayload(),
                event.trackingToken().position().orElseThrow(), event.getTimestamp())));
        return fold.accounts(at, edition == null ? null : edition.withoutDigest());
    }
}
