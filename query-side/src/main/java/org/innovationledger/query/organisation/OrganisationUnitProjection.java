package org.innovationledger.query.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.organisation.FetchOrganisationUnits;
import org.innovationledger.kernel.organisation.FindOrganisationUnit;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.kernel.organisation.OrganisationUnitView;
import org.innovationledger.query.infra.EventPosition;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The tenant's organisation units with their names over time. Idempotent by event position. */
@Component
@ProcessingGroup(OrganisationUnitProjection.GROUP)
class OrganisationUnitProjection {

    static final String GROUP = "organisation-units";
    private static final Collator NAME_ORDER = Collator.getInstance(Locale.forLanguageTag("sv"));

    private final MongoTemplate mongo;
    private final Clock clock;

    OrganisationUnitProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventHandler
    void on(OrganisationUnitRegistered event, @SequenceNumber long version, TrackingToken token) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.unitId().value())), OrganisationUnitDocument.class)) {
            return; // applied before: a registration is the first event of its unit
        }
        mongo.insert(new OrganisationUnitDocument(event.unitId().value(), event.tenant().value(), event.kind(),
                event.parentId() == null ? null : event.parentId().value(),
                event.establishedOn() == null ? null : event.establishedOn().toString(),
                UnitNames.registered(event.name(), event.establishedOn()), version, EventPosition.of(token)));
    }

    @EventHandler
    void on(OrganisationUnitRenamed event, @SequenceNumber long version, TrackingToken token) {
        long position = EventPosition.of(token);
        OrganisationUnitDocument unit = mongo.findById(event.unitId().value(), OrganisationUnitDocument.class);
        if (unit == null || unit.version() >= version) {
            return; // applied before: the unit's own sequence orders its events exactly
        }
        mongo.save(new OrganisationUnitDocument(unit.id(), unit.tenant(), unit.kind(), unit.parentId(),
                unit.establishedOn(), unit.names().renamed(event.newName(), event.effectiveFrom()), version, position));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), OrganisationUnitDocument.class);
    }

    @QueryHandler
    Optional<OrganisationUnitView> handle(FindOrganisationUnit query) {
        return Optional.ofNullable(mongo.findById(query.unitId().value(), OrganisationUnitDocument.class))
                .filter(unit -> unit.tenant().equals(query.tenant().value()))
                .map(unit -> unit.toView(LocalDate.now(clock)));
    }

    @QueryHandler
    List<OrganisationUnitView> handle(FetchOrganisationUnits query) {
        Criteria criteria = Criteria.where("tenant").is(query.tenant().value());
        if (query.kind() != null) {
            criteria = criteria.and("kind").is(query.kind());
        }
        LocalDate today = LocalDate.now(clock);
        // sorted by the name in force today, which the store cannot know; Swedish collation puts Å Ä Ö last
        return mongo.find(Query.query(criteria), OrganisationUnitDocument.class).stream()
                .map(unit -> unit.toView(today))
                .sorted(Comparator.comparing(OrganisationUnitView::name, NAME_ORDER)
                        .thenComparing(v -> v.unitId().value()))
                .toList();
    }
}
