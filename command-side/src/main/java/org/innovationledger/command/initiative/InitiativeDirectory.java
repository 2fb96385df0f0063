package org.innovationledger.command.initiative;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;

import java.util.Optional;

/** Whether an initiative exists, and whose it is, for rules in other aggregates (a need linked to it). */
public interface InitiativeDirectory {

    Optional<TenantId> ownerOf(InitiativeId initiativeId);
}
