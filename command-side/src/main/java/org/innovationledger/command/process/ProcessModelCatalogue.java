package org.innovationledger.command.process;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.util.Optional;

/**
 * The process models a tenant may run initiatives under: the built-in ones and the tenant's own. Read by
 * other aggregates' rules (an initiative's gate decisions), answered from the event store, never the read side.
 */
public interface ProcessModelCatalogue {

    /** The definition of exactly that version, if the tenant may use it. */
    Optional<ProcessModelDefinition> find(TenantId tenant, ProcessModelRef ref);

    /** The newest version of a model the tenant may use. */
    Optional<ProcessModelRef> latest(TenantId tenant, ProcessModelId id);
}
