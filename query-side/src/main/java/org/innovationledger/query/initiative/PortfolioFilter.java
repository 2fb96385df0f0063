package org.innovationledger.query.initiative;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.initiative.PortfolioScope;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.PhaseStage;

/**
 * The portfolio's filters as a request gives them, read one way for the API ({@code GET /api/portfolio}) and the web
 * interface's dashboard, so the same parameters select the same initiatives in both. Blank is absent; a malformed
 * value is an {@link IllegalArgumentException}.
 */
public record PortfolioFilter(String unitId, String phase, String stage, String missionId, String strategyArea,
                              String testbedUnitId, String partnerName, String status, String scope, String page,
                              String size, String sort) {

    /** No filter: the whole portfolio (its counts; one initiative on the page). */
    public static final PortfolioFilter NONE = new PortfolioFilter(null, null, null, null, null, null, null, null,
            null, null, "1", null);

    /** True when nothing narrows the portfolio (paging and order aside). */
    public boolean isEmpty() {
        return java.util.stream.Stream.of(unitId, phase, stage, missionId, strategyArea, testbedUnitId, partnerName,
                status, scope).allMatch(value -> value == null || value.isBlank());
    }

    public FindPortfolioOverview query(TenantId tenant) {
        QueryParams.Order order = QueryParams.Order.of(sort);
        return new FindPortfolioOverview(tenant,
                QueryParams.id(unitId, OrganisationUnitId::of), phase,
                QueryParams.enumValue("stage", stage, PhaseStage.class), QueryParams.id(missionId, MissionId::of),
                strategyArea, QueryParams.id(testbedUnitId, OrganisationUnitId::of), partnerName,
                QueryParams.enumValue("status", status, InitiativeStatus.class),
                QueryParams.enumValue("scope", scope, PortfolioScope.class),
                QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, FindPortfolioOverview.DEFAULT_SIZE),
                order.sort(), order.descending());
    }
}
