package org.innovationledger.query.initiative;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.query.infra.EventPosition;
import org.innovationledger.query.organisation.UnitNames;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The portfolio overview: every initiative of a tenant with its owning unit, and counts per unit.
 * Idempotent by event position; counts are derived from the initiative documents, never incremented.
 */
@Component
@ProcessingGroup(PortfolioProjection.GROUP)
class PortfolioProjection {

    static final String GROUP = "portfolio";

    private final MongoTemplate mongo;
    private final Clock clock;

    PortfolioProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
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
    void on(InitiativeRegistered event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(LedgerMetadata.PRINCIPAL) String principal, TrackingToken token) {
        if (mongo.findById(event.initiativeId().value(), InitiativeDocument.class) == null) {
            mongo.insert(new InitiativeDocument(event.initiativeId().value(), event.tenant().value(), event.title(),
                    event.description(), event.unitId().value(), at.toString(), principal, version,
                    EventPosition.of(token)));
        }
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), InitiativeDocument.class);
        mongo.remove(new Query(), PortfolioUnitDocument.class);
    }

    @QueryHandler
    Optional<InitiativeView> handle(FindInitiative query) {
        return Optional.ofNullable(mongo.findById(query.initiativeId().value(), InitiativeDocument.class))
                .filter(initiative -> initiative.tenant().equals(query.tenant().value()))
                .map(initiative -> toView(initiative, this::unitNameToday));
    }

    @QueryHandler
    PortfolioOverview handle(FindPortfolioOverview query) {
        Criteria criteria = Criteria.where("tenant").is(query.tenant().value());
        if (query.unitId() != null) {
            criteria = criteria.and("unitId").is(query.unitId().value());
        }
        List<InitiativeDocument> initiatives =
                mongo.find(Query.query(criteria).with(Sort.by("position")), InitiativeDocument.class);
        List<PortfolioUnitDocument> units =
                mongo.find(Query.query(Criteria.where("tenant").is(query.tenant().value())), PortfolioUnitDocument.class);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = units.stream().collect(Collectors.toMap(PortfolioUnitDocument::id, u -> u.names().on(today)));
        List<InitiativeView> views = initiatives.stream().map(i -> toView(i, names::get)).toList();
        Map<String, Long> counts = initiatives.stream()
                .collect(Collectors.groupingBy(InitiativeDocument::unitId, LinkedHashMap::new, Collectors.counting()));
        List<PortfolioOverview.UnitCount> byUnit = counts.entrySet().stream()
                .map(e -> new PortfolioOverview.UnitCount(OrganisationUnitId.of(e.getKey()), names.get(e.getKey()),
                        e.getValue().intValue()))
                .sorted(Comparator.comparing(PortfolioOverview.UnitCount::initiatives).reversed()
                        .thenComparing(c -> String.valueOf(c.unitName())))
                .toList();
        // unit names are part of the overview, so their renames count towards the position it reflects
        long position = Math.max(initiatives.stream().mapToLong(InitiativeDocument::position).max().orElse(0),
                units.stream().mapToLong(PortfolioUnitDocument::position).max().orElse(0));
        return new PortfolioOverview(query.tenant(), views.size(), byUnit, views, position);
    }

    private String unitNameToday(String unitId) {
        PortfolioUnitDocument unit = mongo.findById(unitId, PortfolioUnitDocument.class);
        return unit == null ? null : unit.names().on(LocalDate.now(clock));
    }

    private static InitiativeView toView(InitiativeDocument initiative, Function<String, String> unitName) {
        return new InitiativeView(InitiativeId.of(initiative.id()), TenantId.of(initiative.tenant()),
                initiative.title(), initiative.description(), OrganisationUnitId.of(initiative.unitId()),
                unitName.apply(initiative.unitId()), Instant.parse(initiative.registeredAt()), initiative.registeredBy(),
                initiative.version(), initiative.position());
    }
}
