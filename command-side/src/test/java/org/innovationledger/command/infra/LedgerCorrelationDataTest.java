package org.innovationledger.command.infra;

import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class LedgerCorrelationDataTest {

    private final LedgerCorrelationData provider = new LedgerCorrelationData();

    private Map<String, Object> correlationDataFor(Message<?> message) {
        return new HashMap<>(provider.correlationDataFor(message));
    }

    private static Map<String, Object> callerMetaData() {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(LedgerMetadata.PRINCIPAL, "anna.andersson");
        metaData.put(LedgerMetadata.ROLE, "PORTFOLIO_MANAGER");
        metaData.put(LedgerMetadata.TENANT, "region-stockholm");
        metaData.put(LedgerMetadata.REASON, "Beslut i nämnden");
        metaData.put(LedgerMetadata.DOCUMENT_REF, "RS 2019-0672");
        return metaData;
    }

    @Test
    void copiesWhoForWhomAndWhyAndLinksToTheCause() {
        Map<String, Object> metaData = callerMetaData();
        metaData.put(LedgerMetadata.CORRELATION_ID, "request-42");
        Message<String> command = new GenericMessage<>("command-7", "payload", metaData);

        Map<String, Object> data = correlationDataFor(command);

        assertThat(data).containsOnly(
                entry(LedgerMetadata.PRINCIPAL, "anna.andersson"),
                entry(LedgerMetadata.ROLE, "PORTFOLIO_MANAGER"),
                entry(LedgerMetadata.TENANT, "region-stockholm"),
                entry(LedgerMetadata.REASON, "Beslut i nämnden"),
                entry(LedgerMetadata.DOCUMENT_REF, "RS 2019-0672"),
                entry(LedgerMetadata.CORRELATION_ID, "request-42"),
                entry(LedgerMetadata.CAUSATION_ID, "command-7"));
    }

    @Test
    void usesTheMessageIdAsCorrelationIdWhenThereIsNone() {
        Message<String> command = new GenericMessage<>("command-8", "payload", callerMetaData());

        Map<String, Object> data = correlationDataFor(command);

        assertThat(data).containsEntry(LedgerMetadata.CORRELATION_ID, "command-8")
                .containsEntry(LedgerMetadata.CAUSATION_ID, "command-8");
    }

    @Test
    void causationIdIsTheMessageIdentifierEvenWhenMetadataCarriesAnOlderOne() {
        Map<String, Object> metaData = callerMetaData();
        metaData.put(LedgerMetadata.CORRELATION_ID, "request-42");
        metaData.put(LedgerMetadata.CAUSATION_ID, "older-message");
        Message<String> event = new GenericMessage<>("event-9", "payload", metaData);

        assertThat(correlationDataFor(event))
                .containsEntry(LedgerMetadata.CAUSATION_ID, "event-9")
                .containsEntry(LedgerMetadata.CORRELATION_ID, "request-42");
    }

    @Test
    void leavesOutAbsentKeysAndKeysThatAreNotPartOfTheLedgerContract() {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(LedgerMetadata.PRINCIPAL, "integration-bot");
        metaData.put(LedgerMetadata.TENANT, "region-skane");
        metaData.put(LedgerMetadata.DOCUMENT_REF, "Dnr 1-2-3");
        metaData.put("traceId", "trace-1");
        metaData.put("somethingElse", "x");
        Message<String> command = new GenericMessage<>("command-10", "payload", metaData);

        Map<String, Object> data = correlationDataFor(command);

        assertThat(data).containsOnlyKeys(LedgerMetadata.PRINCIPAL, LedgerMetadata.TENANT,
                LedgerMetadata.DOCUMENT_REF, LedgerMetadata.CORRELATION_ID, LedgerMetadata.CAUSATION_ID);
    }
}
