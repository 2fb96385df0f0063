package org.innovationledger.query.mission;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.mission.FetchMissions;
import org.innovationledger.kernel.mission.FindMission;
import org.innovationledger.kernel.mission.MissionDefined;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.mission.MissionRenamed;
import org.innovationledger.kernel.mission.MissionView;
import org.innovationledger.kernel.mission.ProgrammeAreasPrioritised;
import org.innovationledger.query.infra.EventPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The tenant's missions with their programme areas and former titles. Idempotent by event position. */
@Component
@ProcessingGroup(MissionProjection.GROUP)
class MissionProjection {

    static final String GROUP = "missions";

    private final MongoTemplate mongo;

    MissionProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(MissionDefined event, @SequenceNumber long version, TrackingToken token) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.missionId().value())), MissionDocument.class)) {
            return; // applied before: the definition is the first event of its mission
        }
        long position = EventPosition.of(token);
        mongo.insert(new MissionDocument(event.missionId().value(), event.tenant().value(), event.title(),
                event.ambition(), event.challenge(), List.of(), List.of(), position, version, position));
    }

    @EventHandler
    void on(MissionRenamed event, @SequenceNumber long version, TrackingToken token) {
        apply(event.missionId(), version, token,
                new Update().set("title", event.newTitle()).push("formerTitles", event.previousTitle()));
    }

    @EventHandler
    void on(ProgrammeAreasPrioritised event, @SequenceNumber long version, TrackingToken token) {
        apply(event.missionId(), version, token, new Update().set("programmeAreas", event.programmeAreas()));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), MissionDocument.class);
    }

    @QueryHandler
    Optional<MissionView> handle(FindMission query) {
        return Optional.ofNullable(mongo.findById(query.missionId().value(), MissionDocument.class))
                .filter(mission -> mission.tenant().equals(query.tenant().value()))
                .map(MissionDocument::toView);
    }

    @QueryHandler
    List<MissionView> handle(FetchMissions query) {
        return mongo.find(Query.query(Criteria.where("tenant").is(query.tenant().value()))
                        .with(Sort.by("definedAt")), MissionDocument.class)
                .stream().map(MissionDocument::toView).toList();
    }

    /** Applies the change, with the event's version and position, unless the mission has seen that position. */
    private void apply(MissionId missionId, long version, TrackingToken token, Update change) {
        long position = EventPosition.of(token);
        // the mission's own sequence orders its events exactly; the token position need not (gap fills)
        mongo.updateFirst(Query.query(Criteria.where("_id").is(missionId.value()).and("version").lt(version)),
                change.set("version", version).set("position", position), MissionDocument.class);
    }
}
