package org.innovationledger.query.partner;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.PartnerOrganisationView;
import org.innovationledger.kernel.partner.PartnerOrganisationView.PartnerName;
import org.innovationledger.query.organisation.UnitNames;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * Read model of one partner organisation; {@code version} is the partner's last event sequence number applied,
 * {@code position} the global position of that event. Names over time are kept like a unit's.
 */
@Document(PartnerDocument.COLLECTION)
record PartnerDocument(@Id String id,
                       @Indexed String tenant,
                       PartnerKind kind,
                       String organisationNumber,
                       String country,
                       UnitNames names,
                       long version,
                       long position) {

    static final String COLLECTION = "partners";

    PartnerOrganisationView toView(LocalDate today) {
        return new PartnerOrganisationView(PartnerId.of(id), TenantId.of(tenant), names.on(today), kind,
                organisationNumber, country, names.asView().stream()
                .map(name -> new PartnerName(name.name(), name.effectiveFrom())).toList(), version, position);
    }
}
