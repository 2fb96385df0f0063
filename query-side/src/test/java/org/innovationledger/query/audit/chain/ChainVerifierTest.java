package org.innovationledger.query.audit.chain;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.query.audit.chain.ChainVerification.Status.BROKEN;
import static org.innovationledger.query.audit.chain.ChainVerification.Status.OK;

/**
 * Verification recomputes the chain from the table and names the first broken position and what is wrong there:
 * a changed row, a removed one, one slipped into a gap, an edited stored chain or checkpoint. Positions 1 to 6 are
 * chained (5 as a gap), 7 is stored but not chained yet; checkpoints every 2 positions.
 */
class ChainVerifierTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private EventTableFixture events;
    private EventTable table;
    private ChainStore store;
    private ChainVerifier verifier;

    @BeforeEach
    void chainSixPositions() {
        events = new EventTableFixture();
        table = new EventTable(events.dataSource);
        store = new ChainStore(MONGO.template().getDb());
        EventTableFixture.MovableClock clock = new EventTableFixture.MovableClock();
        ChainBuilder builder = new ChainBuilder(table, store, new ChainSettings(Duration.ofSeconds(10), 2, 100), clock);
        for (long position : new long[]{1, 2, 3, 4, 6}) {
            events.insert(position, "unit-a", position, "region-skane");
        }
        builder.extend();
        clock.advance(Duration.ofSeconds(10));
        builder.extend();
        events.insert(7, "unit-a", 7, "region-skane");
        verifier = new ChainVerifier(table, store);
    }

    @Test
    void anUntouchedStoreVerifies() {
        ChainVerification verification = verifier.verify(null, null);

        assertThat(verification).isEqualTo(new ChainVerification(OK, 1L, 6L, 6L, 5, 1, 3, 6L, 7L, null));
    }

    @Test
    void aChangedPayloadIsAlteredAtItsPosition() {
        events.sql("UPDATE DomainEventEntry SET payload = STRINGTOUTF8('{\"unitId\":\"unit-a\",\"newName\":\"Annat\"}')"
                + " WHERE globalIndex = 3");

        ChainVerification verification = verifier.verify(null, null);

        assertThat(verification.status()).isEqualTo(BROKEN);
        assertThat(verification.firstBroken().position()).isEqualTo(3);
        assertThat(verification.firstBroken().problem()).isEqualTo(ChainProblem.ALTERED);
        assertThat(verification.firstBroken().detail()).contains("event-3").contains("aggregate unit-a sequence 3");
        assertThat(verification.verifiedUpTo()).isEqualTo(2);
        assertThat(verification.eventsChecked()).isEqualTo(2);
    }

    @Test
    void changedMetadataOrTimestampIsAlteredToo() {
        events.sql("UPDATE DomainEventEntry SET metaData = STRINGTOUTF8('{\"principal\":\"someone-else\"}')"
                + " WHERE globalIndex = 4");
        assertThat(verifier.verify(null, null).firstBroken()).extracting(BrokenPosition::position,
                BrokenPosition::problem).containsExactly(4L, ChainProblem.ALTERED);

        events.sql("UPDATE DomainEventEntry SET timeStamp = '2024-03-05T09:02:00.124Z' WHERE globalIndex = 2");
        assertThat(verifier.verify(null, null).firstBroken()).extracting(BrokenPosition::position,
                BrokenPosition::problem).containsExactly(2L, ChainProblem.ALTERED);
    }

    @Test
    void aRemovedRowIsMissing() {
        events.sql("DELETE FROM DomainEventEntry WHERE globalIndex = 4");

        assertThat(verifier.verify(null, null).firstBroken()).extracting(BrokenPosition::position,
                BrokenPosition::problem).containsExactly(4L, ChainProblem.MISSING);
    }

    @Test
    void aRowInAChainedGapIsInserted() {
        events.insert(5, "unit-b", 0, "region-skane");

        assertThat(verifier.verify(null, null).firstBroken()).extracting(BrokenPosition::position,
                BrokenPosition::problem).containsExactly(5L, ChainProblem.INSERTED);
    }

    @Test
    void anEditedStoredChainIsBroken() {
        MONGO.template().getCollection(ChainStore.CHAIN).updateOne(Filters.eq("_id", 4L),
                Updates.set("previous", "00".repeat(32)));
        assertThat(verifier.verify(null, null).firstBroken()).extracting(BrokenPosition::position,
                BrokenPosition::problem).containsExactly(4L, ChainProblem.CHAIN_BROKEN);

        MONGO.template().getCollection(ChainStore.CHAIN).deleteOne(Filters.eq("_id", 2L));
        assertThat(verifier.verify(null, null).firstBroken()).extracting(BrokenPosition::position,
                BrokenPosition::problem).containsExactly(2L, ChainProblem.CHAIN_BROKEN);
    }

    @Test
    void rewritingAnEventAndTheChainAfterItStillDiffersFromTheCheckpoint() {
        // someone changes event 3 and recomputes links 3 to 6 to match: only the checkpoint at 4 gives it away
        events.sql("UPDATE DomainEventEntry SET payload = STRINGTOUTF8('{}') WHERE globalIndex = 3");
        byte[] previous = ChainHash.unhex(store.at(2).orElseThrow().hash());
        for (long position = 3; position <= 6; position++) {
            List<StoredEvent> row = table.between(position, position, 1);
            byte[] hash = row.isEmpty() ? ChainHash.gap(previous, position) : ChainHash.event(previous, row.get(0));
            MONGO.template().getCollection(ChainStore.CHAIN).updateOne(Filters.eq("_id", position), Updates.combine(
                    Updates.set("previous", ChainHash.hex(previous)), Updates.set("hash", ChainHash.hex(hash))));
            previous = hash;
        }

        ChainVerification verification = verifier.verify(null, null);

        assertThat(verification.firstBroken()).extracting(BrokenPosition::position, BrokenPosition::problem)
                .containsExactly(4L, ChainProblem.CHAIN_BROKEN);
        assertThat(verification.firstBroken().detail()).contains("checkpoint");
        assertThat(CheckpointVerifier.verify(table, store.checkpoints()).firstBroken())
                .as("the table against the checkpoints, without the stored chain")
                .extracting(BrokenPosition::position, BrokenPosition::problem)
                .containsExactly(4L, ChainProblem.CHAIN_BROKEN);
    }

    @Test
    void aRangeIsVerifiedOnTheStoredLinkBeforeIt() {
        events.sql("UPDATE DomainEventEntry SET payload = STRINGTOUTF8('{}') WHERE globalIndex = 2");

        ChainVerification range = verifier.verify(3L, 4L);

        assertThat(range).isEqualTo(new ChainVerification(OK, 3L, 4L, 4L, 2, 0, 1, 6L, 7L, null));
        assertThat(verifier.verify(1L, 100L).firstBroken().position()).isEqualTo(2);
        assertThat(verifier.verify(5L, 6L).gapsChecked()).isEqualTo(1);
        assertThatThrownBy(() -> verifier.verify(4L, 3L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkpointsKeptOutsideVerifyTheTableAlone() {
        List<Checkpoint> recorded = store.checkpoints();
        assertThat(recorded).extracting(Checkpoint::position).containsExactly(2L, 4L, 6L);
        assertThat(CheckpointVerifier.verify(table, recorded))
                .isEqualTo(new ChainVerification(OK, 1L, 6L, 6L, 5, 1, 3, null, 7L, null));

        events.sql("DELETE FROM DomainEventEntry WHERE globalIndex = 3");
        ChainVerification broken = CheckpointVerifier.verify(table, recorded);
        assertThat(broken.status()).isEqualTo(BROKEN);
        assertThat(broken.verifiedUpTo()).isEqualTo(2);
        assertThat(broken.firstBroken().position()).as("the first checkpoint after the change").isEqualTo(4);
        assertThat(broken.firstBroken().detail()).contains("after position 2 and up to 4");

        Checkpoint forged = new Checkpoint(6, "ab".repeat(32), Instant.EPOCH);
        events.insert(3, "unit-a", 3, "region-skane");
        assertThat(CheckpointVerifier.verify(table, List.of(recorded.get(0), recorded.get(1), forged))
                .firstBroken().position()).isEqualTo(6);
    }
}
