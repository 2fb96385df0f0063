package org.innovationledger.query.integration.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.query.integration.cloudevent.CloudEventMapper;
import org.innovationledger.query.integration.cloudevent.LedgerCloudEvent;
import org.innovationledger.query.integration.feed.EventFeed;
import org.innovationledger.query.integration.feed.FeedCursor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SseFramesTest {

    private final CloudEventMapper mapper = new CloudEventMapper(new ObjectMapper(), "urn:test-ledger");

    /** A unit whose name and reason span lines, as a user may type them. */
    private EventFeed.Item item(long position, String cursor) {
        OrganisationUnitRegistered registered = new OrganisationUnitRegistered(OrganisationUnitId.of("unit-1"),
                TenantId.of("region-stockholm"), "Akutmottagningen\nHuddinge\r\nplan 2", OrganisationUnitKind.REGION,
                null, LocalDate.of(2024, 2, 1));
        GenericDomainEventMessage<OrganisationUnitRegistered> event = new GenericDomainEventMessage<>(
                "OrganisationUnit", "unit-1", 0, registered, MetaData.from(Map.of(LedgerMetadata.TENANT,
                "region-stockholm", LedgerMetadata.REASON, "Ny klinik,\nse protokoll")));
        return new EventFeed.Item(mapper.map(event, position), FeedCursor.parse("test", cursor));
    }

    @Test
    void anEventIsItsCursorItsTypeAndItsCloudEventOnOneLine() {
        EventFeed.Item item = item(42, "42~40,41");

        String frame = SseFrames.text(SseFrames.event(item));

        assertThat(item.event().json()).as("the CloudEvent escapes the line breaks of its values")
                .doesNotContain("\n", "\r").contains("Akutmottagningen\\nHuddinge\\r\\nplan 2");
        assertThat(frame).isEqualTo("id:42~40,41\nevent:org.innovationledger.organisation.OrganisationUnitRegistered.v1"
                + "\ndata:" + item.event().json() + "\n\n");
        assertThat(frame.split("\n", -1)).as("three fields, then the blank line that ends the event")
                .hasSize(5).endsWith("", "");
        assertThat(FeedCursor.parse("Last-Event-ID", frame.lines().findFirst().orElseThrow().substring(3)))
                .as("the id is a cursor the stream takes back").isEqualTo(item.cursor());
    }

    @Test
    void aValueWithALineBreakIsRefusedNotSent() {
        EventFeed.Item item = item(7, "7");
        LedgerCloudEvent broken = new LedgerCloudEvent(item.event().id(), item.event().type(), item.event().eventName(),
                item.event().subject(), item.event().tenant(), 7, "{\"a\":\n1}");

        assertThatThrownBy(() -> SseFrames.event(new EventFeed.Item(broken, item.cursor())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data field must be one line");
        LedgerCloudEvent badType = new LedgerCloudEvent(broken.id(), "a\rb", broken.eventName(), null, null, 7, "{}");
        assertThatThrownBy(() -> SseFrames.event(new EventFeed.Item(badType, item.cursor())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event field");
    }

    @Test
    void theStreamStartsWithTheReconnectDelayAndHeartbeatsAreComments() {
        assertThat(SseFrames.text(SseFrames.retry(Duration.ofSeconds(3)))).isEqualTo("retry:3000\n\n");
        assertThat(SseFrames.text(SseFrames.heartbeat(Instant.parse("2024-05-01T10:15:30.123456Z"))))
                .isEqualTo(": heartbeat 2024-05-01T10:15:30.123Z\n\n");
    }
}
