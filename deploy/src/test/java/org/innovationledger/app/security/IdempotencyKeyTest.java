package org.innovationledger.app.security;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.app.LedgerClient;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A command POST with an Idempotency-Key runs once; replays return its first answer and store nothing. */
class IdempotencyKeyTest extends SecuredLedger {

    @Autowired
    EventStore eventStore;

    private static final String UNIT = """
            {"name":"Capio S:t Görans sjukhus","kind":"HOSPITAL","reason":"idempotency"}""";

    @Test
    void aReplayedKeyReturnsTheFirstResultAndStoresNothingNew() {
        LedgerClient manager = as("manager", STOCKHOLM);
        long before = storedEvents();
        LedgerClient.Response first = manager.post("/api/organisation-units", UNIT, "Idempotency-Key", "unit-2026-11-26-a");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(storedEvents()).isEqualTo(before + 1);

        for (int i = 0; i < 3; i++) {
            LedgerClient.Response replay = manager.post("/api/organisation-units", UNIT,
                    "Idempotency-Key", "unit-2026-11-26-a");
            assertThat(replay.status()).isEqualTo(201);
            assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
            assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(replay.json()).isEqualTo(first.json());
        }
        assertThat(storedEvents()).as("replays store nothing").isEqualTo(before + 1);

        LedgerClient.Response withoutKey = manager.post("/api/organisation-units", UNIT);
        assertThat(withoutKey.json().get("id")).as("without a key the same body is a new unit")
                .isNotEqualTo(first.json().get("id"));
    }

    @Test
    void theSameKeyForAnotherRequestIs422AndKeysBelongToTheirCaller() {
        LedgerClient manager = as("manager", STOCKHOLM);
        assertThat(manager.post("/api/organisation-units", UNIT, "Idempotency-Key", "k-shared").status()).isEqualTo(201);
        long before = storedEvents();
        LedgerClient.Response other = manager.post("/api/organisation-units", """
                {"name":"Ersta sjukhus","kind":"HOSPITAL","reason":"idempotency"}""", "Idempotency-Key", "k-shared");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("rule").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(storedEvents()).isEqualTo(before);

        LedgerClient.Response anotherCaller = as("manager", VASTERBOTTEN).post("/api/organisation-units", UNIT,
                "Idempotency-Key", "k-shared");
        assertThat(anotherCaller.status()).as("another caller's key space").isEqualTo(201);
        assertThat(anotherCaller.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aRefusedRequestFreesItsKeySoTheCorrectedOneMayUseIt() {
        LedgerClient manager = as("manager", STOCKHOLM);
        LedgerClient.Response refused = manager.post("/api/organisation-units", """
                {"name":"Utan motivering","kind":"HOSPITAL"}""", "Idempotency-Key", "k-retry");
        assertThat(refused.status()).isEqualTo(400);
        LedgerClient.Response corrected = manager.post("/api/organisation-units", """
                {"name":"Med motivering","kind":"HOSPITAL","reason":"rättat"}""", "Idempotency-Key", "k-retry");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
    }

    @Test
    void concurrentRequestsWithOneKeyStoreOneUnit() {
        LedgerClient manager = as("manager", STOCKHOLM);
        long before = storedEvents();
        List<LedgerClient.Response> answers = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> manager.post("/api/organisation-units", UNIT,
                        "Idempotency-Key", "k-concurrent")))
                .toList().stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 409));
        assertThat(answers).filteredOn(a -> a.status() == 201).extracting(a -> a.json().get("id"))
                .as("every success names the same unit").hasSizeGreaterThanOrEqualTo(1).containsOnly(
                        answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow().json().get("id"));
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void theKeyIsWrittenIntoTheEventsMetadata() {
        LedgerClient manager = as("manager", STOCKHOLM);
        String id = manager.post("/api/organisation-units", UNIT, "Idempotency-Key", "k-metadata").json()
                .get("id").asText();
        assertThat(eventStore.readEvents(id).next().getMetaData())
                .containsEntry(LedgerMetadata.IDEMPOTENCY_KEY, "k-metadata");
    }
}
