package org.innovationledger.bench.seed;

import org.innovationledger.kernel.initiative.InitiativeId;

/** An open initiative of the seeded history and the tenant that owns it: a target for commands afterwards. */
public record SeededInitiative(InitiativeId id, String tenant) {
}
