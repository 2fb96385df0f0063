package org.innovationledger.query.realisation;

import org.innovationledger.kernel.value.ValueItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** The value-realisation projection's own copy of each value model's newest version: the expected values. */
@Document(RealisationModelDocument.COLLECTION)
record RealisationModelDocument(@Id String id, @Indexed String tenant, String initiativeId, int version,
                                List<ValueItem> items, long position) {

    static final String COLLECTION = "value_realisation_models";
}
