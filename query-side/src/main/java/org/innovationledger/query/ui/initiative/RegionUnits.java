package org.innovationledger.query.ui.initiative;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.FetchOrganisationUnits;
import org.innovationledger.kernel.organisation.OrganisationUnitView;

import java.util.Comparator;
import java.util.List;

/** The reader's region's units as {@code GET /api/organisation-units} lists them, by their names in force, A–Z. */
final class RegionUnits {

    private RegionUnits() {
    }

    static List<OrganisationUnitView> of(QueryGateway queries, TenantId reader) {
        return queries.query(new FetchOrganisationUnits(reader, null),
                        ResponseTypes.multipleInstancesOf(OrganisationUnitView.class)).join().stream()
                .sorted(Comparator.comparing(OrganisationUnitView::name)).toList();
    }
}
