package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.SystemLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One barrier an initiative met. Barrier ids are the initiative's own, so the document's id is
 * {@code initiativeId/barrierId}.
 */
@Document(BarrierDocument.COLLECTION)
record BarrierDocument(@Id String id,
                       @Indexed String tenant,
                       String initiativeId,
                       String barrierId,
                       BarrierCategory category,
                       SystemLevel level,
                       State state,
                       long position) {

    static final String COLLECTION = "barriers";

    /** Open until it is removed (addressed) or worked around (circumvented); either settles it. */
    enum State { OPEN, ADDRESSED, CIRCUMVENTED }

    static String id(String initiativeId, String barrierId) {
        return initiativeId + "/" + barrierId;
    }

    BarrierDocument settled(State next, long nextPosition) {
        return new BarrierDocument(id, tenant, initiativeId, barrierId, category, level, next, nextPosition);
    }
}
