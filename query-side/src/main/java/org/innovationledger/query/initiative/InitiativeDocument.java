package org.innovationledger.query.initiative;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** One initiative in the portfolio read model; {@code position} is the last event position applied to it. */
@Document(InitiativeDocument.COLLECTION)
record InitiativeDocument(@Id String id,
                          @Indexed String tenant,
                          String title,
                          String description,
                          String unitId,
                          Instant registeredAt,
                          String registeredBy,
                          long version,
                          long position) {

    static final String COLLECTION = "portfolio_initiatives";
}
