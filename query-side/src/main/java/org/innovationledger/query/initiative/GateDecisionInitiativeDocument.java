package org.innovationledger.query.initiative;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The gate-decision log's own copy of an initiative's tenant and title, so the log can be rebuilt without
 * depending on another projection's progress. Titles never change after registration.
 */
@Document(GateDecisionInitiativeDocument.COLLECTION)
record GateDecisionInitiativeDocument(@Id String id, String tenant, String title, long position) {

    static final String COLLECTION = "gate_decision_initiatives";
}
