package org.innovationledger.query.realisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.realisation.BaselineMeasured;
import org.innovationledger.kernel.realisation.FetchValueRealisation;
import org.innovationledger.kernel.realisation.MeasurementCorrected;
import org.innovationledger.kernel.realisation.MeasurementRecorded;
import org.innovationledger.kernel.realisation.ValueDistributed;
import org.innovationledger.kernel.realisation.ValueRealisationReport;
import org.innovationledger.kernel.realisation.ValueRealised;
import org.innovationledger.kernel.realisation.ValueTransferredBetweenBudgets;
import org.innovationledger.kernel.value.ValueModelDefined;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelRevised;
import org.innovationledger.query.infra.EventPosition;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Expected against realised value: the newest version of every value model (expected values), and every realised
 * value, distribution, transfer and measurement of the tenant. Facts are kept one document per event, so a
 * report's totals are sums of events; models and measurements are guarded by version and sequence number.
 */
@Component
@ProcessingGroup(ValueRealisationProjection.GROUP)
class ValueRealisationProjection {

    static final String GROUP = "value-realisation";

    private final MongoTemplate mongo;

    ValueRealisationProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ValueModelDefined event, TrackingToken token) {
        model(event.valueModelId().value(), event.tenant().value(), event.version(), event.definition(), token);
    }

    @EventHandler
    void on(ValueModelRevised event, TrackingToken token) {
        RealisationModelDocument known = mongo.findById(event.valueModelId().value(), RealisationModelDocument.class);
        if (known != null) {
            model(known.id(), known.tenant(), event.version(), event.definition(), token);
        }
    }

    /** Only a newer version replaces what is known: versions only grow. */
    private void model(String id, String tenant, int version, ValueModelDefinition definition, TrackingToken token) {
        RealisationModelDocument known = mongo.findById(id, RealisationModelDocument.class);
        if (known == null || known.version() < version) {
            mongo.save(new RealisationModelDocument(id, tenant, initiative(definition.initiativeId()), version,
                    definition.items(), EventPosition.of(token)));
        }
    }

    @EventHandler
    void on(BaselineMeasured event, @SequenceNumber long sequence, TrackingToken token) {
        measurement(new RealisationMeasurementDocument(RealisationMeasurementDocument.idOf(event.agreementId().value(),
                event.measurementId()), event.tenant().value(), initiative(event.initiativeId()),
                event.agreementId().value(), event.indicatorId(), true, event.value(), event.measuredOn(), 0, sequence,
                EventPosition.of(token)));
    }

    @EventHandler
    void on(MeasurementRecorded event, @SequenceNumber long sequence, TrackingToken token) {
        measurement(new RealisationMeasurementDocument(RealisationMeasurementDocument.idOf(event.agreementId().value(),
                event.measurementId()), event.tenant().value(), initiative(event.initiativeId()),
                event.agreementId().value(), event.indicatorId(), false, event.value(), event.measuredOn(), 0, sequence,
                EventPosition.of(token)));
    }

    private void measurement(RealisationMeasurementDocument document) {
        if (mongo.findById(document.id(), RealisationMeasurementDocument.class) == null) {
            mongo.insert(document);
        }
    }

    @EventHandler
    void on(MeasurementCorrected event, @SequenceNumber long sequence, TrackingToken token) {
        RealisationMeasurementDocument known = mongo.findById(RealisationMeasurementDocument.idOf(
                event.agreementId().value(), event.measurementId()), RealisationMeasurementDocument.class);
        if (known != null && known.sequence() < sequence) {
            mongo.save(known.corrected(event.correctedValue(), sequence, EventPosition.of(token)));
        }
    }

    @EventHandler
    void on(ValueRealised event, @MessageIdentifier String eventId, TrackingToken token) {
        fact(new RealisationFactDocument(eventId, RealisationFactDocument.Kind.REALISED, event.tenant().value(),
                initiative(event.initiativeId()), event.agreementId().value(), event.valueModel().id().value(),
                event.valueModel().version(), event.valueItemId(), event.beneficiary(), event.perspective(),
                event.realisable(), event.amount(), null, EventPosition.of(token)));
    }

    @EventHandler
    void on(ValueDistributed event, @MessageIdentifier String eventId, TrackingToken token) {
        fact(new RealisationFactDocument(eventId, RealisationFactDocument.Kind.DISTRIBUTED, event.tenant().value(),
                initiative(event.initiativeId()), event.agreementId().value(), event.valueModel().id().value(),
                event.valueModel().version(), null, null, null, true, event.total(), event.allocations(),
                EventPosition.of(token)));
    }

    @EventHandler
    void on(ValueTransferredBetweenBudgets event, @MessageIdentifier String eventId, TrackingToken token) {
        fact(new RealisationFactDocument(eventId, RealisationFactDocument.Kind.TRANSFERRED, event.tenant().value(),
                initiative(event.initiativeId()), event.agreementId().value(), null, 0, null, null, null, true,
                event.amount(), null, EventPosition.of(token)));
    }

    private void fact(RealisationFactDocument document) {
        if (mongo.findById(document.eventId(), RealisationFactDocument.class) == null) {
            mongo.insert(document);
        }
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), RealisationModelDocument.class);
        mongo.remove(new Query(), RealisationFactDocument.class);
        mongo.remove(new Query(), RealisationMeasurementDocument.class);
    }

    @QueryHandler
    ValueRealisationReport handle(FetchValueRealisation query) {
        Criteria scope = Criteria.where("tenant").is(query.tenant().value());
        if (query.initiativeId() != null) {
            scope = scope.and("initiativeId").is(query.initiativeId().value());
        } else if (query.agreementId() != null) {
            scope = scope.and("agreementId").is(query.agreementId().value());
        }
        List<RealisationFactDocument> facts = mongo.find(Query.query(scope), RealisationFactDocument.class);
        List<RealisationMeasurementDocument> measurements =
                mongo.find(Query.query(scope), RealisationMeasurementDocument.class);
        return ValueRealisationReports.of(query, models(query, facts), facts, measurements);
    }

    /** A model's initiative puts it in an initiative's scope; an agreement's scope has the models it realised under. */
    private List<RealisationModelDocument> models(FetchValueRealisation query, List<RealisationFactDocument> facts) {
        Criteria criteria = Criteria.where("tenant").is(query.tenant().value());
        if (query.initiativeId() != null) {
            criteria = criteria.and("initiativeId").is(query.initiativeId().value());
        } else if (query.agreementId() != null) {
            Set<String> realisedUnder = facts.stream().map(RealisationFactDocument::valueModelId)
                    .filter(id -> id != null).collect(Collectors.toSet());
            criteria = criteria.and("_id").in(realisedUnder);
        }
        return mongo.find(Query.query(criteria), RealisationModelDocument.class);
    }

    private static String initiative(InitiativeId initiativeId) {
        return initiativeId == null ? null : initiativeId.value();
    }
}
