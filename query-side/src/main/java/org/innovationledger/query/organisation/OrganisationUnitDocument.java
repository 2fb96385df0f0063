package org.innovationledger.query.organisation;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/** Read model of one organisation unit; {@code position} is the last event position applied to it. */
@Document(OrganisationUnitDocument.COLLECTION)
record OrganisationUnitDocument(@Id String id,
                                @Indexed String tenant,
                                OrganisationUnitKind kind,
                                String parentId,
                                String establishedOn,
                                UnitNames names,
                                long version,
                                long position) {

    static final String COLLECTION = "organisation_units";

    OrganisationUnitView toView(LocalDate today) {
        return new OrganisationUnitView(OrganisationUnitId.of(id), TenantId.of(tenant), names.on(today), kind,
                parentId == null ? null : OrganisationUnitId.of(parentId),
                establishedOn == null ? null : LocalDate.parse(establishedOn),
                names.asView(), version, position);
    }
}
