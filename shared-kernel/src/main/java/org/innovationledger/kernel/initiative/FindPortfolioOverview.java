package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.PhaseStage;


/**
 * Answers one page of the tenant's {@link PortfolioOverview}. Every filter is optional (null: no filter) and they
 * combine with AND; the overview's counts are taken over all initiatives the filters let through. The portfolio
 * is the tenant's own initiatives and those other regions share with it (see {@code scope}).
 *
 * @param unitId        owning unit
 * @param phase         phase code of the initiative's process model, e.g. {@code STEG_4}
 * @param stage         phase stage, comparable across models
 * @param missionId     a mission the initiative serves
 * @param strategyArea  strategy area, exactly as classified
 * @param testbedUnitId the testbed it is classified with
 * @param partnerName   the external partner it came from, exactly as registered
 * @param status        where it stands
 * @param scope         own initiatives, those shared with the tenant, or both; null for {@link PortfolioScope#ALL}
 * @param page          zero-based page number
 * @param size          initiatives per page, 1 to {@value #MAX_SIZE}
 * @param sort          order of the initiatives; null for {@link PortfolioSort#REGISTERED_AT}
 * @param descending    reverse order
 */
public record FindPortfolioOverview(TenantId tenant,
                                    OrganisationUnitId unitId,
                                    String phase,
                                    PhaseStage stage,
                                    MissionId missionId,
                                    String strategyArea,
                                    OrganisationUnitId testbedUnitId,
                                    String partnerName,
                                    InitiativeStatus status,
                                    PortfolioScope scope,
                                    int page,
                                    int size,
                                    PortfolioSort sort,
                                    boolean descending) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public FindPortfolioOverview {
        Texts.present(tenant, "tenant is required");
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got: " + size);
        }
        phase = blankToNull(phase);
        strategyArea = blankToNull(strategyArea);
        partnerName = blankToNull(partnerName);
        scope = scope == null ? PortfolioScope.ALL : scope;
        sort = sort == null ? PortfolioSort.REGISTERED_AT : sort;
    }

    /**
     * The first page of the whole portfolio (own and shared with the tenant), oldest registration first;
     * optionally of one owning unit.
     */
    public FindPortfolioOverview(TenantId tenant, OrganisationUnitId unitId) {
        this(tenant, unitId, null, null, null, null, null, null, null, null, 0, DEFAULT_SIZE, null, false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
