package org.innovationledger.query.initiative;

import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Answers the portfolio overview and the initiative detail from the portfolio projection's documents. */
@Component
class PortfolioQueries {

    private final MongoTemplate mongo;
    private final Clock clock;

    PortfolioQueries(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @QueryHandler
    Optional<InitiativeView> handle(FindInitiative query) {
        return Optional.ofNullable(mongo.findById(query.initiativeId().value(), InitiativeDocument.class))
                .filter(initiative -> initiative.tenant().equals(query.tenant().value()))
                .map(initiative -> new InitiativeViews(unitNamesToday(query.tenant())).of(initiative));
    }

    /**
     * Counts need every matching initiative anyway, so the whole filtered set is read once and sorted and paged
     * here; a tenant's portfolio is hundreds of initiatives, not millions.
     */
    @QueryHandler
    PortfolioOverview handle(FindPortfolioOverview query) {
        List<InitiativeDocument> matching =
                mongo.find(Query.query(PortfolioSelection.criteria(query)), InitiativeDocument.class);
        List<PortfolioUnitDocument> units = units(query.tenant());
        Map<String, String> names = namesToday(units);
        InitiativeViews views = new InitiativeViews(names);
        List<InitiativeView> page = PortfolioSelection.page(PortfolioSelection.sorted(matching, query), query)
                .stream().map(views::of).toList();
        PortfolioCounts counts = new PortfolioCounts(matching, names);
        // unit names are part of the overview, so their renames count towards the position it reflects
        long position = Math.max(matching.stream().mapToLong(InitiativeDocument::position).max().orElse(0),
                units.stream().mapToLong(PortfolioUnitDocument::position).max().orElse(0));
        return new PortfolioOverview(query.tenant(), matching.size(), query.page(), query.size(), page,
                counts.byUnit(), counts.byStage(), counts.byPhase(), counts.byMission(), counts.byStrategyArea(),
                counts.byTestbed(), counts.byPartner(), counts.byStatus(), counts.withRunningPilot(),
                counts.inOperation(), position);
    }

    private Map<String, String> unitNamesToday(TenantId tenant) {
        return namesToday(units(tenant));
    }

    private List<PortfolioUnitDocument> units(TenantId tenant) {
        return mongo.find(Query.query(Criteria.where("tenant").is(tenant.value())), PortfolioUnitDocument.class);
    }

    private Map<String, String> namesToday(List<PortfolioUnitDocument> units) {
        LocalDate today = LocalDate.now(clock);
        return units.stream().collect(Collectors.toMap(PortfolioUnitDocument::id, u -> u.names().on(today)));
    }
}
