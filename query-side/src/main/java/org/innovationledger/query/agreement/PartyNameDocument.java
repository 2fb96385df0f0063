package org.innovationledger.query.agreement;

import org.innovationledger.query.organisation.UnitNames;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The register's own copy of the names of everything that can be a party (the region's units and its partner
 * organisations), so the register can be rebuilt without depending on another projection's progress.
 * {@code version} is the unit's or partner's last event sequence number applied.
 */
@Document(PartyNameDocument.COLLECTION)
record PartyNameDocument(@Id String id, String tenant, UnitNames names, long version, long position) {

    static final String COLLECTION = "agreement_party_names";
}
