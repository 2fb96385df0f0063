package org.innovationledger.query.integration.amqp;

import org.innovationledger.query.infra.replay.DeliveryProcessingGroup;
import org.springframework.stereotype.Component;

/** A replay never rebuilds the AMQP publisher's group: it would publish every event again. */
@Component
class AmqpDeliveryGroup implements DeliveryProcessingGroup {

    @Override
    public String processingGroup() {
        return AmqpEventPublisher.PROCESSING_GROUP;
    }
}
