package org.innovationledger.kernel.common;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.innovationledger.kernel.initiative.InitiativeRegisteredUpcaster;

import java.util.List;

/**
 * Every upcaster of the published events, oldest revision first. Each side of the ledger (and any integrator
 * reading the stored events with Axon) registers all of them, so old events read as their current revision.
 */
public final class LedgerUpcasters {

    private LedgerUpcasters() {
    }

    public static List<EventUpcaster> all() {
        return List.of(new InitiativeRegisteredUpcaster());
    }
}
