package org.innovationledger.query.initiative;

import org.innovationledger.query.organisation.UnitNames;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The portfolio's own copy of unit names, so the portfolio can be rebuilt without depending on another
 * projection's progress.
 */
@Document(PortfolioUnitDocument.COLLECTION)
record PortfolioUnitDocument(@Id String id, String tenant, UnitNames names, long position) {

    static final String COLLECTION = "portfolio_units";
}
