package org.innovationledger.query.initiative;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.BarrierAddressed;
import org.innovationledger.kernel.initiative.BarrierCircumvented;
import org.innovationledger.kernel.initiative.BarrierObserved;
import org.innovationledger.kernel.initiative.CareUnitAnchoringRecorded;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.GateDecisionRetracted;
import org.innovationledger.kernel.initiative.InitiativeClassified;
import org.innovationledger.kernel.initiative.InitiativeClosed;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeImplemented;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InitiativeRoleAssigned;
import org.innovationledger.kernel.initiative.InitiativeShared;
import org.innovationledger.kernel.initiative.InitiativeSharingEnded;
import org.innovationledger.kernel.initiative.InitiativeSpread;
import org.innovationledger.kernel.initiative.NeedsAndCostBaselineRecorded;
import org.innovationledger.kernel.initiative.PilotCompleted;
import org.innovationledger.kernel.initiative.PilotStarted;
import org.innovationledger.kernel.initiative.ResultsPublished;
import org.innovationledger.kernel.initiative.ValueAnalysisCompleted;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.kernel.process.EntryRequirement;
import org.innovationledger.kernel.process.ProcessModelDefined;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.innovationledger.kernel.process.ProcessModelRevised;
import org.innovationledger.query.infra.EventPosition;
import org.innovationledger.query.organisation.UnitNames;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The portfolio: one document per initiative with everything the overview filters and counts by, and the
 * detail view shows, including the regions it is shared with. Every initiative event moves the document's
 * version, so the detail's ETag is the aggregate's. Idempotent by event position; counts are derived from the
 * documents at query time ({@link PortfolioQueries}), never incremented.
 */
@Component
@ProcessingGroup(PortfolioProjection.GROUP)
class PortfolioProjection {

    static final String GROUP = "portfolio";

    private final MongoTemplate mongo;
    private final PhaseCatalogue phases;

    PortfolioProjection(MongoTemplate mongo, PhaseCatalogue phases) {
        this.mongo = mongo;
        this.phases = phases;
    }

    @EventHandler
    void on(OrganisationUnitRegistered event, TrackingToken token) {
        if (mongo.findById(event.unitId().value(), PortfolioUnitDocument.class) == null) {
            mongo.insert(new PortfolioUnitDocument(event.unitId().value(), event.tenant().value(),
                    UnitNames.registered(event.name(), event.establishedOn()), EventPosition.of(token)));
        }
    }

    @EventHandler
    void on(OrganisationUnitRenamed event, TrackingToken token) {
        long position = EventPosition.of(token);
        PortfolioUnitDocument unit = mongo.findById(event.unitId().value(), PortfolioUnitDocument.class);
        if (unit != null && unit.position() < position) {
            mongo.save(new PortfolioUnitDocument(unit.id(), unit.tenant(),
                    unit.names().renamed(event.newName(), event.effectiveFrom()), position));
        }
    }

    @EventHandler
    void on(ProcessModelDefined event, TrackingToken token) {
        keepModel(new ProcessModelRef(event.modelId(), event.version()), event.tenant().value(), event.definition(),
                token);
    }

    @EventHandler
    void on(ProcessModelRevised event, @MetaDataValue(LedgerMetadata.TENANT) String tenant, TrackingToken token) {
        keepModel(new ProcessModelRef(event.modelId(), event.version()), tenant, event.definition(), token);
    }

    /** A model version never changes: the first copy is the copy. */
    private void keepModel(ProcessModelRef ref, String tenant, ProcessModelDefinition definition, TrackingToken token) {
        if (mongo.findById(ref.toString(), PortfolioProcessModelDocument.class) == null) {
            mongo.insert(PortfolioProcessModelDocument.of(ref, tenant, definition, EventPosition.of(token)));
        }
    }

    @EventHandler
    void on(InitiativeRegistered event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(LedgerMetadata.PRINCIPAL) String principal, TrackingToken token) {
        if (mongo.findById(event.initiativeId().value(), InitiativeDocument.class) != null) {
            return; // applied before: a registration is the first event of its initiative
        }
        InitiativeDocument.Registration registration = new InitiativeDocument.Registration(event.title(),
                event.description(), event.unitId().value(), event.origin(),
                event.needId() == null ? null : event.needId().value(), event.partnerName(), event.caseType(),
                event.processModel().id().value(), event.processModel().version(), at.toString(), principal);
        InitiativeProgress progress = InitiativeProgress.startedIn(event.phase(),
                phases.phase(event.tenant(), event.processModel(), event.phase()));
        mongo.insert(new InitiativeDocument(event.initiativeId().value(), event.tenant().value(), List.of(),
                registration, progress, InitiativeDocument.Classification.NONE, List.of(),
                InitiativeDocument.OnRecord.NOTHING, InitiativeDelivery.NOTHING, version, EventPosition.of(token)));
    }

    @EventHandler
    void on(InitiativeClassified event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.with(InitiativeDocument.Classification.of(event)));
    }

    @EventHandler
    void on(InitiativeRoleAssigned event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.with(event));
    }

    @EventHandler
    void on(CareUnitAnchoringRecorded event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token,
                i -> i.with(i.onRecord().with(EntryRequirement.CARE_UNIT_ANCHORING)));
    }

    @EventHandler
    void on(NeedsAndCostBaselineRecorded event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token,
                i -> i.with(i.onRecord().with(EntryRequirement.NEEDS_AND_COST_BASELINE)));
    }

    @EventHandler
    void on(ValueAnalysisCompleted event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.with(i.onRecord().valued(event.economicValue())));
    }

    @EventHandler
    void on(GateDecisionRecorded event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.with(i.progress().decided(event,
                phases.phase(TenantId.of(i.tenant()), i.registration().processModel(), event.toPhase()))));
    }

    /** A correction: back to the phase the retracted decision was taken in, with that phase's name and stage. */
    @EventHandler
    void on(GateDecisionRetracted event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.with(i.progress().retracted(event,
                phases.phase(TenantId.of(i.tenant()), i.registration().processModel(), event.restoredPhase()))));
    }

    @EventHandler
    void on(PilotStarted event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.with(i.delivery().started(event)));
    }

    @EventHandler
    void on(PilotCompleted event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.with(i.delivery().completed(event)));
    }

    @EventHandler
    void on(InitiativeImplemented event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.with(i.delivery().implemented(event)));
    }

    @EventHandler
    void on(InitiativeSpread event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.with(i.delivery().spread(event)));
    }

    @EventHandler
    void on(ResultsPublished event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.with(i.delivery().published(event)));
    }

    @EventHandler
    void on(InitiativeClosed event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.with(i.progress().closed(event)));
    }

    /** From now on the other region finds the initiative too: in its portfolio and as a detail. */
    @EventHandler
    void on(InitiativeShared event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.shared(event.sharedWith().value()));
    }

    @EventHandler
    void on(InitiativeSharingEnded event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, i -> i.sharingEnded(event.sharedWith().value()));
    }

    // Barriers are the heat map's business; here they only move the version the detail's ETag shows.

    @EventHandler
    void on(BarrierObserved event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, UnaryOperator.identity());
    }

    @EventHandler
    void on(BarrierAddressed event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, UnaryOperator.identity());
    }

    @EventHandler
    void on(BarrierCircumvented event, @SequenceNumber long version, TrackingToken token) {
        update(event.initiativeId(), version, token, UnaryOperator.identity());
    }

    /** Applies an event to its initiative unless the document already reflects it or a later event. */
    private void update(InitiativeId initiativeId, long version, TrackingToken token,
                        UnaryOperator<InitiativeDocument> change) {
        long position = EventPosition.of(token);
        InitiativeDocument initiative = mongo.findById(initiativeId.value(), InitiativeDocument.class);
        // the initiative's own sequence orders its events exactly; the token position need not (gap fills)
        if (initiative != null && initiative.version() < version) {
            mongo.save(change.apply(initiative).at(version, position));
        }
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), InitiativeDocument.class);
        mongo.remove(new Query(), PortfolioUnitDocument.class);
        mongo.remove(new Query(), PortfolioProcessModelDocument.class);
    }
}
