package org.innovationledger.query.need;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.need.CriterionWeight;
import org.innovationledger.kernel.need.FetchNeedsBacklog;
import org.innovationledger.kernel.need.FindNeed;
import org.innovationledger.kernel.need.NeedCriterion;
import org.innovationledger.kernel.need.NeedHandedOver;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedIdentified;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.need.NeedLinkedToInitiative;
import org.innovationledger.kernel.need.NeedOwnerAssigned;
import org.innovationledger.kernel.need.NeedPrioritised;
import org.innovationledger.kernel.need.NeedReferred;
import org.innovationledger.kernel.need.NeedResolvedInternally;
import org.innovationledger.kernel.need.NeedStatus;
import org.innovationledger.kernel.need.NeedView;
import org.innovationledger.kernel.need.NeedsBacklog;
import org.innovationledger.query.infra.EventPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The needs backlog: every need of a tenant with its owner, criteria, linked initiatives and status.
 * Idempotent by event position: a change applies only to a document that has not seen its position yet.
 */
@Component
@ProcessingGroup(NeedsBacklogProjection.GROUP)
class NeedsBacklogProjection {

    static final String GROUP = "needs";

    /** Open needs first, then the most MUST criteria, then the oldest; the id keeps the order total. */
    private static final Sort BACKLOG_ORDER = Sort.by(Sort.Order.desc("open"), Sort.Order.desc("mustCount"),
            Sort.Order.asc("identifiedAt"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;

    NeedsBacklogProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(NeedIdentified event, @SequenceNumber long version, @Timestamp Instant at, TrackingToken token) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.needId().value())), NeedDocument.class)) {
            return; // applied before: the identification is the first event of its need
        }
        mongo.insert(new NeedDocument(event.needId().value(), event.tenant().value(), event.title(),
                event.description(), event.source(), event.unitId().value(), null, List.of(), 0, 0, 0, List.of(),
                NeedStatus.OPEN, true, null, NeedDocument.sortable(at), version, EventPosition.of(token)));
    }

    @EventHandler
    void on(NeedOwnerAssigned event, @SequenceNumber long version, TrackingToken token) {
        apply(event.needId(), version, token, new Update().set("ownerUnitId", event.ownerUnitId().value()));
    }

    @EventHandler
    void on(NeedPrioritised event, @SequenceNumber long version, TrackingToken token) {
        List<NeedCriterion> criteria = event.criteria();
        apply(event.needId(), version, token, new Update().set("criteria", criteria)
                .set("mustCount", count(criteria, CriterionWeight.MUST))
                .set("shouldCount", count(criteria, CriterionWeight.SHOULD))
                .set("bonusCount", count(criteria, CriterionWeight.BONUS)));
    }

    @EventHandler
    void on(NeedLinkedToInitiative event, @SequenceNumber long version, TrackingToken token) {
        apply(event.needId(), version, token, new Update().push("initiatives", event.initiativeId().value()));
    }

    /** An initiative registered from a need is that need's initiative too; the need's version does not change. */
    @EventHandler
    void on(InitiativeRegistered event, TrackingToken token) {
        if (event.needId() != null) {
            long position = EventPosition.of(token);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(event.needId().value()).and("position").lt(position)),
                    new Update().addToSet("initiatives", event.initiativeId().value()).set("position", position),
                    NeedDocument.class);
        }
    }

    @EventHandler
    void on(NeedResolvedInternally event, @SequenceNumber long version, TrackingToken token) {
        close(event.needId(), NeedStatus.RESOLVED_INTERNALLY, event.resolution(), version, token);
    }

    @EventHandler
    void on(NeedHandedOver event, @SequenceNumber long version, TrackingToken token) {
        close(event.needId(), NeedStatus.HANDED_OVER, withNote(event.receiver(), event.note()), version, token);
    }

    @EventHandler
    void on(NeedReferred event, @SequenceNumber long version, TrackingToken token) {
        close(event.needId(), NeedStatus.REFERRED, withNote(event.referredTo(), event.note()), version, token);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), NeedDocument.class);
    }

    @QueryHandler
    Optional<NeedView> handle(FindNeed query) {
        return Optional.ofNullable(mongo.findById(query.needId().value(), NeedDocument.class))
                .filter(need -> need.tenant().equals(query.tenant().value()))
                .map(NeedDocument::toView);
    }

    @QueryHandler
    NeedsBacklog handle(FetchNeedsBacklog query) {
        Criteria criteria = Criteria.where("tenant").is(query.tenant().value());
        if (query.status() != null) {
            criteria = criteria.and("status").is(query.status());
        }
        if (query.ownerUnitId() != null) {
            criteria = criteria.and("ownerUnitId").is(query.ownerUnitId().value());
        }
        long total = mongo.count(Query.query(criteria), NeedDocument.class);
        List<NeedView> needs = mongo.find(Query.query(criteria).with(BACKLOG_ORDER)
                        .skip((long) query.page() * query.size()).limit(query.size()), NeedDocument.class)
                .stream().map(NeedDocument::toView).toList();
        // the position of the whole filtered backlog, not of this page: any change may move needs between pages
        NeedDocument latest = mongo.findOne(Query.query(criteria).with(Sort.by(Sort.Order.desc("position"))).limit(1),
                NeedDocument.class);
        return new NeedsBacklog(needs, query.page(), query.size(), total, latest == null ? 0 : latest.position());
    }

    private void close(NeedId needId, NeedStatus status, String closingNote, long version, TrackingToken token) {
        apply(needId, version, token, new Update().set("status", status).set("open", false)
                .set("closingNote", closingNote));
    }

    /** Applies the change, with the event's version and position, unless the need has seen that position. */
    private void apply(NeedId needId, long version, TrackingToken token, Update change) {
        long position = EventPosition.of(token);
        // the need's own sequence orders its events exactly; the token position need not (gap fills)
        mongo.updateFirst(Query.query(Criteria.where("_id").is(needId.value()).and("version").lt(version)),
                change.set("version", version).set("position", position), NeedDocument.class);
    }

    private static int count(List<NeedCriterion> criteria, CriterionWeight weight) {
        return (int) criteria.stream().filter(criterion -> criterion.weight() == weight).count();
    }

    private static String withNote(String text, String note) {
        return note == null ? text : text + ": " + note;
    }
}
