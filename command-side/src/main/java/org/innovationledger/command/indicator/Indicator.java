package org.innovationledger.command.indicator;

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
import org.innovationledger.kernel.indicator.DefineIndicator;
import org.innovationledger.kernel.indicator.IndicatorDefined;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorRevised;
import org.innovationledger.kernel.indicator.ReviseIndicator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An indicator (indikator) of the region's catalogue, e.g. Region Stockholm's two decided indicators. Every
 * revision is a new version; a reporting period copies the version it is opened with, so what a year asked never
 * changes afterwards.
 */
@Aggregate
public class Indicator {

    @AggregateIdentifier
    private String indicatorId;
    private TenantId tenant;
    private int version;
    private IndicatorDefinition definition;

    protected Indicator() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Indicator(DefineIndicator command, @MetaDataValue(LedgerMetadata.TENANT) String tenant) {
        apply(new IndicatorDefined(command.indicatorId(), TenantId.of(tenant), 1, command.definition()));
    }

    @CommandHandler
    public long handle(ReviseIndicator command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireSameKind(command.definition());
        requireDefinitionChanges(command.definition());
        apply(new IndicatorRevised(command.indicatorId(), version + 1, command.definition(), command.changeNote()));
        return AggregateLifecycle.getVersion();
    }

    private void requireSameTenant(String callerTenant) {
        if (!tenant.value().equals(callerTenant)) {
            throw RuleViolationException.unknown("indicator", indicatorId);
        }
    }

    /** Another kind is another indicator: the years of one indicator must stay comparable. */
    private void requireSameKind(IndicatorDefinition revised) {
        if (revised.kind() != definition.kind()) {
            throw new RuleViolationException("INDICATOR_KIND_CHANGED", "indicator " + indicatorId + " is "
                    + definition.kind() + ": a " + revised.kind() + " indicator is another indicator; define it");
        }
    }

    /** An identical version would only make periods' versions differ in name. */
    private void requireDefinitionChanges(IndicatorDefinition revised) {
        if (definition.equals(revised)) {
            throw new RuleViolationException("INDICATOR_UNCHANGED",
                    "version " + version + " of indicator " + indicatorId + " already has this definition");
        }
    }

    @EventSourcingHandler
    void on(IndicatorDefined event) {
        indicatorId = event.indicatorId().value();
        tenant = event.tenant();
        version = event.version();
        definition = event.definition();
    }

    @EventSourcingHandler
    void on(IndicatorRevised event) {
        version = event.version();
        definition = event.definition();
    }
}
