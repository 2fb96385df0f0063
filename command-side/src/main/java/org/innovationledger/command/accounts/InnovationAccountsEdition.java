package org.innovationledger.command.accounts;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.infra.LedgerCalendar;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionPublished;
import org.innovationledger.kernel.accounts.PublishInnovationAccountsEdition;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A published edition of a year's innovation accounts (innovationsbokslut): the figures of the events up to and
 * including a global event position, with the narrative texts frozen beside them, so regenerating the edition later
 * gives the identical document. An edition is never changed: a newer edition of the same year supersedes it.
 * <p>
 * The rules: the year must have started (accounts of a year to come would have nothing to count), the ledger must
 * hold events, and the position, the ledger's newest when none is given, must not lie beyond the newest event.
 */
@Aggregate
public class InnovationAccountsEdition {

    @AggregateIdentifier
    private String editionId;

    protected InnovationAccountsEdition() {
        // for Axon: rebuilt from its events
    }

    /** The command's result is the edition's id. */
    @CommandHandler
    public InnovationAccountsEdition(PublishInnovationAccountsEdition command,
                                     @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                                     LedgerHead head, LedgerCalendar calendar) {
        requireYearStarted(command.year(), calendar);
        long newest = requireLedgerNotEmpty(head);
        long position = command.position() == null ? newest : command.position();
        requireNotAheadOfLedger(position, newest);
        apply(new InnovationAccountsEditionPublished(command.editionId(), TenantId.of(tenant), command.year(),
                command.title(), command.language(), command.narrative(), position));
    }

    // ---- the publication's rules ----

    /** A year's accounts are published once the year has begun: a year to come has nothing to count yet. */
    private static void requireYearStarted(int year, LedgerCalendar calendar) {
        if (year > calendar.today().getYear()) {
            throw new RuleViolationException("ACCOUNTS_YEAR_NOT_STARTED", "the accounts of " + year
                    + " cannot be published before the year has begun (today is " + calendar.today() + ")");
        }
    }

    /** An edition is built at an event: an empty ledger has none. Answers the newest event's position. */
    private static long requireLedgerNotEmpty(LedgerHead head) {
        long newest = head.position();
        if (newest < 0) {
            throw new RuleViolationException("LEDGER_EMPTY", "the ledger holds no events yet: there is nothing to"
                    + " build the accounts from");
        }
        return newest;
    }

    /** The events an edition is built from must all be on record: no position beyond the newest event. */
    private static void requireNotAheadOfLedger(long position, long newest) {
        if (position > newest) {
            throw new RuleViolationException("POSITION_AHEAD_OF_LEDGER", "position " + position
                    + " lies ahead of the ledger, whose newest event is at position " + newest);
        }
    }

    // ---- state ----

    @EventSourcingHandler
    void on(InnovationAccountsEditionPublished event) {
        editionId = event.editionId().value();
    }
}
