package org.innovationledger.query.realisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One baseline or measurement with its value after corrections; {@code sequence} is the last event of the
 * agreement's value realisation applied to it, so a redelivered correction is recognised.
 */
@Document(RealisationMeasurementDocument.COLLECTION)
record RealisationMeasurementDocument(@Id String id,
                                      @Indexed String tenant,
                                      String initiativeId,
                                      String agreementId,
                                      String indicatorId,
                                      boolean baseline,
                                      BigDecimal value,
                                      LocalDate measuredOn,
                                      int corrections,
                                      long sequence,
                                      long position) {

    static final String COLLECTION = "value_realisation_measurements";

    static String idOf(String agreementId, String measurementId) {
        return agreementId + "/" + measurementId;
    }

    RealisationMeasurementDocument corrected(BigDecimal correctedValue, long atSequence, long atPosition) {
        return new RealisationMeasurementDocument(id, tenant, initiativeId, agreementId, indicatorId, baseline,
                correctedValue, measuredOn, corrections + 1, atSequence, atPosition);
    }
}
