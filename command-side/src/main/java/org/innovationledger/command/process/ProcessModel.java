package org.innovationledger.command.process;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.command.AggregateVersion;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.DefineProcessModel;
import org.innovationledger.kernel.process.ProcessModelDefined;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRevised;
import org.innovationledger.kernel.process.ReviseProcessModel;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A tenant's own process model. Every revision is a new model version (1, 2, ...) kept in the events; earlier
 * versions never change, so initiatives keep running under the version they started with.
 */
@Aggregate
public class ProcessModel {

    @AggregateIdentifier
    private String modelId;
    private TenantId tenant;
    private int version;
    private ProcessModelDefinition definition;

    protected ProcessModel() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public ProcessModel(DefineProcessModel command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        requireIdNotReserved(command.modelId());
        apply(new ProcessModelDefined(command.modelId(), TenantId.of(tenant), 1, command.definition()));
    }

    @CommandHandler
    public long handle(ReviseProcessModel command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        requireSameTenant(tenant);
        AggregateVersion.require(command.expectedVersion());
        requireDefinitionChanges(command.definition());
        apply(new ProcessModelRevised(command.modelId(), version + 1, command.definition(), command.changeNote()));
        return AggregateLifecycle.getVersion();
    }

    /** Built-in ids name the same model for every tenant; a tenant's model under one would shadow it. */
    private static void requireIdNotReserved(ProcessModelId modelId) {
        if (BuiltInProcessModels.isBuiltIn(modelId)) {
            throw new RuleViolationException("PROCESS_MODEL_ID_RESERVED",
                    "process model id " + modelId + " is reserved for a built-in model");
        }
    }

    private void requireSameTenant(String callerTenant) {
        if (!tenant.value().equals(callerTenant)) {
            throw RuleViolationException.unknown("process model", modelId);
        }
    }

    /** A version identical to the current one would only make initiatives' versions differ in name. */
    private void requireDefinitionChanges(ProcessModelDefinition revised) {
        if (definition.equals(revised)) {
            throw new RuleViolationException("PROCESS_MODEL_UNCHANGED",
                    "version " + version + " of process model " + modelId + " already has this definition");
        }
    }

    @EventSourcingHandler
    void on(ProcessModelDefined event) {
        modelId = event.modelId().value();
        tenant = event.tenant();
        version = event.version();
        definition = event.definition();
    }

    @EventSourcingHandler
    void on(ProcessModelRevised event) {
        version = event.version();
        definition = event.definition();
    }
}
