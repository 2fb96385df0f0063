package org.innovationledger.command.accounts;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.common.stream.BlockingStream;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionId;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionPublished;
import org.innovationledger.kernel.common.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The head is the position of the newest event the event store holds. */
class EventStoreLedgerHeadTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");

    private EmbeddedEventStore eventStore;
    private LedgerHead head;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        head = new EventStoreLedgerHead(eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    private static GenericDomainEventMessage<InnovationAccountsEditionPublished> published(String id, long sequence) {
        InnovationAccountsEditionId edition = InnovationAccountsEditionId.of(id);
        return new GenericDomainEventMessage<>("InnovationAccountsEdition", id, sequence,
                new InnovationAccountsEditionPublished(edition, STOCKHOLM, 2021, "Innovationsbokslut 2021", "sv",
                        List.of(), 0));
    }

    @Test
    void anEmptyStoreHasNoHead() {
        assertThat(head.position()).isEqualTo(-1);
    }

    @Test
    void theHeadIsThePositionOfTheNewestEventReadBack() throws Exception {
        eventStore.publish(published("accounts-a", 0), published("accounts-b", 0));
        eventStore.publish(published("accounts-c", 0));

        List<Long> positions = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                positions.add(stream.nextAvailable().trackingToken().position().orElseThrow());
            }
        }
        assertThat(positions).hasSize(3).isSorted();
        assertThat(head.position()).isEqualTo(positions.get(2));
    }
}
