package org.innovationledger.query.initiative;

import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.query.infra.asof.AnswersFrom;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers the portfolio overview and the initiative detail from the portfolio projection's documents: for the
 * owner region, and for the regions an initiative is shared with.
 */
@Component
@AnswersFrom(PortfolioProjection.GROUP)
class PortfolioQueries {

    private final MongoTemplate mongo;
    private final Clock clock;

    PortfolioQueries(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The owner finds it, and so does a region it is shared with: its units are named as the owner names them. */
    @QueryHandler
    Optional<InitiativeView> handle(FindInitiative query) {
        return Optional.ofNullable(mongo.findById(query.initiativeId().value(), InitiativeDocument.class))
                .filter(initiative -> initiative.visibleTo(query.tenant().value()))
                .map(initiative -> new InitiativeViews(namesToday(units(Set.of(initiative.tenant())))
                        .getOrDefault(initiative.tenant(), Map.of())).of(initiative));
    }

    /**
     * Counts need every matching initiative anyway, so the whole filtered set is read once and sorted and paged
     * here; a tenant's portfolio is hundreds of initiatives, not millions.
     */
    @QueryHandler
    PortfolioOverview handle(FindPortfolioOverview query) {
        List<InitiativeDocument> matching =
                mongo.find(Query.query(PortfolioSelection.criteria(query)), InitiativeDocument.class);
        // the reader's units, and those of the regions that share initiatives with it: each names its own
        Set<String> regions = new HashSet<>(Set.of(query.tenant().value()));
        matching.forEach(initiative -> regions.add(initiative.tenant()));
        List<PortfolioUnitDocument> units = units(regions);
        Map<String, Map<String, String>> names = namesToday(units);
        Map<String, InitiativeViews> viewsByOwner = new HashMap<>();
        List<InitiativeView> page = PortfolioSelection.page(PortfolioSelection.sorted(matching, query), query)
                .stream().map(initiative -> viewsByOwner.computeIfAbsent(initiative.tenant(),
                        owner -> new InitiativeViews(names.getOrDefault(owner, Map.of()))).of(initiative))
                .toList();
        PortfolioCounts counts = new PortfolioCounts(matching, names);
        // unit names are part of the overview, so their renames count towards the position it reflects
        long position = Math.max(matching.stream().mapToLong(InitiativeDocument::position).max().orElse(0),
                units.stream().mapToLong(PortfolioUnitDocument::position).max().orElse(0));
        return new PortfolioOverview(query.tenant(), matching.size(), query.page(), query.size(), page,
                counts.byUnit(), counts.byStage(), counts.byPhase(), counts.byMission(), counts.byStrategyArea(),
                counts.byTestbed(), counts.byPartner(), counts.byStatus(), counts.withRunningPilot(),
                counts.inOperation(), position);
    }

    private List<PortfolioUnitDocument> units(Set<String> tenants) {
        return mongo.find(Query.query(Criteria.where("tenant").in(tenants)), PortfolioUnitDocument.class);
    }

    /** Per region, its unit ids to the names in force today. */
    private Map<String, Map<String, String>> namesToday(List<PortfolioUnitDocument> units) {
        LocalDate today = LocalDate.now(clock);
        return units.stream().collect(Collectors.groupingBy(PortfolioUnitDocument::tenant,
                Collectors.toMap(PortfolioUnitDocument::id, u -> u.names().on(today))));
    }
}
