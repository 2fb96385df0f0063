package org.innovationledger.query.integration.amqp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.query.infra.EventPosition;
import org.innovationledger.query.integration.cloudevent.CloudEventMapper;
import org.innovationledger.query.integration.cloudevent.LedgerCloudEvent;
import org.innovationledger.query.testsupport.EventLog;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEventMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CloudEventMapper mapper = new CloudEventMapper(new ObjectMapper(), "urn:innovation-ledger:test");

    @Test
    void structuredCloudEventWithTheTypeAsRoutingKey() throws Exception {
        TrackedEventMessage<?> tracked = new EventLog(41).unitRegistered(new OrganisationUnitRegistered(
                OrganisationUnitId.of("unit-skelleftea"), TenantId.of("region-vasterbotten"),
                "Innovationsklinik Skellefteå", OrganisationUnitKind.TESTBED, null, LocalDate.of(2019, 5, 2)), "anna");
        LedgerCloudEvent event = mapper.map(tracked, EventPosition.of(tracked.trackingToken()));

        Message message = CloudEventMessages.message(event);
        MessageProperties properties = message.getMessageProperties();

        assertThat(CloudEventMessages.routingKey(event))
                .isEqualTo("org.innovationledger.organisation.OrganisationUnitRegistered.v1");
        assertThat(properties.getContentType()).isEqualTo("application/cloudevents+json; charset=UTF-8");
        assertThat(properties.getDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
        assertThat(properties.getMessageId()).isEqualTo(tracked.getIdentifier());
        assertThat(properties.getType()).isEqualTo(event.type());
        assertThat(properties.getAppId()).isEqualTo("innovation-ledger");
        assertThat(properties.getHeaders()).containsOnly(
                org.assertj.core.api.Assertions.entry("cloudEvents:specversion", "1.0"),
                org.assertj.core.api.Assertions.entry("cloudEvents:id", tracked.getIdentifier()),
                org.assertj.core.api.Assertions.entry("cloudEvents:type",
                        "org.innovationledger.organisation.OrganisationUnitRegistered.v1"),
                org.assertj.core.api.Assertions.entry("cloudEvents:subject", "unit-skelleftea"),
                org.assertj.core.api.Assertions.entry("cloudEvents:tenant", "region-vasterbotten"),
                org.assertj.core.api.Assertions.entry("cloudEvents:ledgerposition", 41L));

        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        assertThat(body).isEqualTo(event.json());
        JsonNode cloudEvent = JSON.readTree(body);
        assertThat(cloudEvent.get("specversion").asText()).isEqualTo("1.0");
        assertThat(cloudEvent.get("id").asText()).isEqualTo(tracked.getIdentifier());
        assertThat(cloudEvent.get("type").asText()).isEqualTo(CloudEventMessages.routingKey(event));
        assertThat(cloudEvent.get("ledgerposition").asLong()).isEqualTo(41);
        assertThat(cloudEvent.get("data").get("name").asText()).as("UTF-8 body").isEqualTo("Innovationsklinik Skellefteå");
    }

    @Test
    void anEventWithoutSubjectOrTenantCarriesNoSuchHeader() {
        LedgerCloudEvent event = new LedgerCloudEvent("e-1", "org.innovationledger.unregistered.Old.v1", "Old", null,
                null, 7, "{\"specversion\":\"1.0\",\"id\":\"e-1\"}");

        MessageProperties properties = CloudEventMessages.message(event).getMessageProperties();

        assertThat(properties.getHeaders()).containsOnlyKeys("cloudEvents:specversion", "cloudEvents:id",
                "cloudEvents:type", "cloudEvents:ledgerposition");
    }
}
