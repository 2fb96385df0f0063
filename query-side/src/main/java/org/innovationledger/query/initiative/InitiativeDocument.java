package org.innovationledger.query.initiative;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One initiative in the portfolio read model; {@code position} is the last event position applied to it.
 * {@code registeredAt} is the event's ISO-8601 timestamp as text: a Mongo date would cut it to milliseconds.
 */
@Document(InitiativeDocument.COLLECTION)
record InitiativeDocument(@Id String id,
                          @Indexed String tenant,
                          String title,
                          String description,
                          String unitId,
                          String registeredAt,
                          String registeredBy,
                          long version,
                          long position) {

    static final String COLLECTION = "portfolio_initiatives";
}
