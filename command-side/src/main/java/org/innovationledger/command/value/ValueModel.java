package org.innovationledger.command.value;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.command.AggregateVersion;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.initiative.InitiativeDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.DefineValueModel;
import org.innovationledger.kernel.value.ReviseValueModel;
import org.innovationledger.kernel.value.ValueModelDefined;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelRevised;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A value model (värdemodell) agreed with partners: expected values per beneficiary and perspective, the
 * indicators that follow them and the distribution rule. Every revision is a new version; agreements keep
 * the version they reference, and value is settled against exactly that version.
 */
@Aggregate
public class ValueModel {

    @AggregateIdentifier
    private String valueModelId;
    private TenantId tenant;
    private int version;
    private ValueModelDefinition definition;

    protected ValueModel() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public ValueModel(DefineValueModel command, @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                      InitiativeDirectory initiatives) {
        TenantId owner = TenantId.of(tenant);
        requireInitiativeInTenant(command.definition().initiativeId(), owner, initiatives);
        apply(new ValueModelDefined(command.valueModelId(), owner, 1, command.definition()));
    }

    @CommandHandler
    public long handle(ReviseValueModel command, @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                       InitiativeDirectory initiatives) {
        requireSameTenant(tenant);
        AggregateVersion.require(command.expectedVersion());
        requireInitiativeInTenant(command.definition().initiativeId(), this.tenant, initiatives);
        requireDefinitionChanges(command.definition());
        apply(new ValueModelRevised(command.valueModelId(), version + 1, command.definition(), command.changeNote()));
        return AggregateLifecycle.getVersion();
    }

    private static void requireInitiativeInTenant(InitiativeId initiativeId, TenantId tenant,
                                                  InitiativeDirectory initiatives) {
        if (initiativeId != null && !initiatives.ownerOf(initiativeId).filter(tenant::equals).isPresent()) {
            throw new RuleViolationException("INITIATIVE_UNKNOWN",
                    "initiative " + initiativeId + " is not registered in this tenant");
        }
    }

    private void requireSameTenant(String callerTenant) {
        if (!tenant.value().equals(callerTenant)) {
            throw RuleViolationException.unknown("value model", valueModelId);
        }
    }

    /** An identical version would only make agreements' versions differ in name. */
    private void requireDefinitionChanges(ValueModelDefinition revised) {
        if (definition.equals(revised)) {
            throw new RuleViolationException("VALUE_MODEL_UNCHANGED",
                    "version " + version + " of value model " + valueModelId + " already has this definition");
        }
    }

    @EventSourcingHandler
    void on(ValueModelDefined event) {
        valueModelId = event.valueModelId().value();
        tenant = event.tenant();
        version = event.version();
        definition = event.definition();
    }

    @EventSourcingHandler
    void on(ValueModelRevised event) {
        version = event.version();
        definition = event.definition();
    }
}
