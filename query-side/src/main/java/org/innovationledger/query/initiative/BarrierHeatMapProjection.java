package org.innovationledger.query.initiative;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.initiative.BarrierAddressed;
import org.innovationledger.kernel.initiative.BarrierCircumvented;
import org.innovationledger.kernel.initiative.BarrierHeatMap;
import org.innovationledger.kernel.initiative.BarrierObserved;
import org.innovationledger.kernel.initiative.FetchBarrierHeatMap;
import org.innovationledger.query.infra.EventPosition;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The barriers the tenant's initiatives met, one document per barrier; the heat map is counted from them at
 * query time ({@link BarrierHeatMaps}). Idempotent by event position.
 */
@Component
@ProcessingGroup(BarrierHeatMapProjection.GROUP)
class BarrierHeatMapProjection {

    static final String GROUP = "barriers";

    private final MongoTemplate mongo;

    BarrierHeatMapProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The tenant comes from the metadata: barrier events name only the initiative. */
    @EventHandler
    void on(BarrierObserved event, @MetaDataValue(LedgerMetadata.TENANT) String tenant, TrackingToken token) {
        String id = BarrierDocument.id(event.initiativeId().value(), event.barrierId());
        if (mongo.findById(id, BarrierDocument.class) == null) {
            mongo.insert(new BarrierDocument(id, tenant, event.initiativeId().value(), event.barrierId(),
                    event.category(), event.level(), BarrierDocument.State.OPEN, EventPosition.of(token)));
        }
    }

    @EventHandler
    void on(BarrierAddressed event, TrackingToken token) {
        settle(BarrierDocument.id(event.initiativeId().value(), event.barrierId()), BarrierDocument.State.ADDRESSED,
                token);
    }

    @EventHandler
    void on(BarrierCircumvented event, TrackingToken token) {
        settle(BarrierDocument.id(event.initiativeId().value(), event.barrierId()),
                BarrierDocument.State.CIRCUMVENTED, token);
    }

    private void settle(String id, BarrierDocument.State state, TrackingToken token) {
        long position = EventPosition.of(token);
        BarrierDocument barrier = mongo.findById(id, BarrierDocument.class);
        if (barrier != null && barrier.state() == BarrierDocument.State.OPEN) { // a barrier is settled once
            mongo.save(barrier.settled(state, position));
        }
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), BarrierDocument.class);
    }

    /**
     * The tenant's own barriers only: an initiative shared with it stays out of its heat map, which shows where
     * the tenant's own innovation work meets barriers (the shared initiative's barriers are in its timeline).
     */
    @QueryHandler
    BarrierHeatMap handle(FetchBarrierHeatMap query) {
        List<BarrierDocument> barriers =
                mongo.find(Query.query(Criteria.where("tenant").is(query.tenant().value())), BarrierDocument.class);
        return BarrierHeatMaps.of(query.tenant(), barriers);
    }
}
