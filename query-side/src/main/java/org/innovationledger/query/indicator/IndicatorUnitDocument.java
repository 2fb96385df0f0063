package org.innovationledger.query.indicator;

import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The indicator report's own copy of the units' kinds (a unit's kind never changes), so the breakdown by kind can be
 * rebuilt without depending on another projection's progress.
 */
@Document(IndicatorUnitDocument.COLLECTION)
record IndicatorUnitDocument(@Id String id, String tenant, OrganisationUnitKind kind, long position) {

    static final String COLLECTION = "indicator_units";
}
