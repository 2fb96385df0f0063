package org.innovationledger.query.realisation;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.realisation.AllocatedShare;
import org.innovationledger.kernel.value.Beneficiary;
import org.innovationledger.kernel.value.ValuePerspective;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * One realised value, distribution or budget transfer, keyed by its event's id, so a redelivered event finds
 * itself and changes nothing. Fields that do not apply to the kind are null.
 */
@Document(RealisationFactDocument.COLLECTION)
record RealisationFactDocument(@Id String eventId,
                               Kind kind,
                               @Indexed String tenant,
                               String initiativeId,
                               String agreementId,
                               String valueModelId,
                               int version,
                               String itemId,
                               Beneficiary beneficiary,
                               ValuePerspective perspective,
                               boolean realisable,
                               Money amount,
                               List<AllocatedShare> allocations,
                               long position) {

    static final String COLLECTION = "value_realisation_facts";

    enum Kind { REALISED, DISTRIBUTED, TRANSFERRED }
}
