package org.innovationledger.command.infra;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies who, for whom and why from a command onto every event (and command) it causes, and links them:
 * the correlation id is shared by everything stemming from one request, the causation id names the direct cause.
 * Replaces Axon's MessageOriginProvider, which it subsumes.
 */
@Component
class LedgerCorrelationData implements CorrelationDataProvider {

    private static final List<String> INHERITED = List.of(LedgerMetadata.PRINCIPAL, LedgerMetadata.ROLE,
            LedgerMetadata.TENANT, LedgerMetadata.REASON, LedgerMetadata.DOCUMENT_REF, LedgerMetadata.DEMO,
            LedgerMetadata.AUTHENTICATED_BY, LedgerMetadata.IDEMPOTENCY_KEY);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        INHERITED.forEach(key -> {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        });
        data.put(LedgerMetadata.CORRELATION_ID,
                message.getMetaData().getOrDefault(LedgerMetadata.CORRELATION_ID, message.getIdentifier()));
        data.put(LedgerMetadata.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
