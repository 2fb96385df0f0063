package org.innovationledger.query.initiative;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.initiative.FetchGateDecisionLog;
import org.innovationledger.kernel.initiative.GateDecisionLog;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.GateDecisionRetracted;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.query.infra.EventPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The gate-decision log: every decision taken at a gate, with who recorded it and on what grounds. A decision
 * is recorded once and at most once marked as retracted (it stays in the log): its id makes redelivery harmless.
 */
@Component
@ProcessingGroup(GateDecisionLogProjection.GROUP)
class GateDecisionLogProjection {

    static final String GROUP = "gate-decisions";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.desc("position"));

    private final MongoTemplate mongo;

    GateDecisionLogProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(InitiativeRegistered event, TrackingToken token) {
        if (mongo.findById(event.initiativeId().value(), GateDecisionInitiativeDocument.class) == null) {
            mongo.insert(new GateDecisionInitiativeDocument(event.initiativeId().value(), event.tenant().value(),
                    event.title(), EventPosition.of(token)));
        }
    }

    @EventHandler
    void on(GateDecisionRecorded event, @MetaDataValue(LedgerMetadata.PRINCIPAL) String principal,
            @MetaDataValue(LedgerMetadata.DOCUMENT_REF) String documentRef,
            @MetaDataValue(LedgerMetadata.REASON) String reason, TrackingToken token) {
        GateDecisionInitiativeDocument initiative =
                mongo.findById(event.initiativeId().value(), GateDecisionInitiativeDocument.class);
        if (initiative == null || mongo.findById(event.decisionId(), GateDecisionDocument.class) != null) {
            return; // a decision on an initiative never registered cannot happen; one seen before changes nothing
        }
        mongo.insert(new GateDecisionDocument(event.decisionId(), initiative.tenant(), initiative.id(),
                initiative.title(), event.gate(), event.outcome(), event.fromPhase(), event.toPhase(),
                event.decisionBody(), list(event.partyPositions()), event.rationale(), list(event.evidenceRefs()),
                event.decidedOn().toString(), event.strategicDecision(), principal, documentRef, reason,
                EventPosition.of(token), null, null, null));
    }

    /** A retracted decision stays in the log, marked; a decision is retracted once, so redelivery changes nothing. */
    @EventHandler
    void on(GateDecisionRetracted event, @MetaDataValue(LedgerMetadata.REASON) String reason, TrackingToken token) {
        GateDecisionDocument decision = mongo.findById(event.decisionId(), GateDecisionDocument.class);
        if (decision == null || decision.isRetracted()
                || !decision.initiativeId().equals(event.initiativeId().value())) {
            return;
        }
        mongo.save(decision.retract(reason, EventPosition.of(token)));
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), GateDecisionDocument.class);
        mongo.remove(new Query(), GateDecisionInitiativeDocument.class);
    }

    /**
     * The tenant's own decisions only, also of initiatives it shares: sharing opens an initiative's detail,
     * timeline and place in the portfolio to the other region, not the owner's decision log (the shared
     * initiative's decisions are in its timeline).
     */
    @QueryHandler
    GateDecisionLog handle(FetchGateDecisionLog query) {
        Criteria criteria = Criteria.where("tenant").is(query.tenant().value());
        if (query.initiativeId() != null) {
            criteria = criteria.and("initiativeId").is(query.initiativeId().value());
        }
        if (query.outcome() != null) {
            criteria = criteria.and("outcome").is(query.outcome().name());
        }
        if (query.from() != null || query.to() != null) {
            Criteria decidedOn = criteria.and("decidedOn");
            if (query.from() != null) {
                decidedOn = decidedOn.gte(query.from().toString());
            }
            if (query.to() != null) {
                decidedOn = decidedOn.lte(query.to().toString());
            }
        }
        // the log only grows: count and page in the store rather than reading it whole
        Query matching = Query.query(criteria);
        long total = mongo.count(matching, GateDecisionDocument.class);
        GateDecisionDocument latest = mongo.findOne(Query.query(criteria).with(Sort.by(Sort.Order.desc("position")))
                .limit(1), GateDecisionDocument.class);
        GateDecisionDocument latestRetracted = mongo.findOne(Query.query(criteria)
                .addCriteria(Criteria.where("retractedAt").gt(0L))
                .with(Sort.by(Sort.Order.desc("retractedAt"))).limit(1), GateDecisionDocument.class);
        long position = Math.max(latest == null ? 0 : latest.position(),
                latestRetracted == null ? 0 : latestRetracted.retractedAt());
        List<GateDecisionLog.Entry> page = mongo.find(Query.query(criteria).with(NEWEST_FIRST)
                        .skip((long) query.page() * query.size()).limit(query.size()), GateDecisionDocument.class)
                .stream().map(GateDecisionDocument::toEntry).toList();
        return new GateDecisionLog(query.tenant(), page, query.page(), query.size(), total, position);
    }
}
