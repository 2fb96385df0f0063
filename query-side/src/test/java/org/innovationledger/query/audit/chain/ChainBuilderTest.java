package org.innovationledger.query.audit.chain;

import com.mongodb.client.model.Filters;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain built over an H2 event table into MongoDB: links in position order on the genesis, waiting at a gap
 * until the gap timeout and then chaining it as a gap, two builders (instances) giving one chain, checkpoints at
 * every multiple of the interval.
 */
class ChainBuilderTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final ChainSettings SETTINGS = new ChainSettings(Duration.ofSeconds(10), 2, 100);

    private EventTableFixture events;
    private EventTableFixture.MovableClock clock;
    private ChainStore store;
    private ChainBuilder builder;

    @BeforeEach
    void setUp() {
        events = new EventTableFixture();
        clock = new EventTableFixture.MovableClock();
        store = new ChainStore(MONGO.template().getDb());
        builder = new ChainBuilder(new EventTable(events.dataSource), store, SETTINGS, clock);
    }

    @Test
    void eachLinkBuildsOnThePreviousFromTheGenesis() {
        StoredEvent first = events.insert(1, "unit-a", 0, "region-skane");
        StoredEvent second = events.insert(2, "unit-a", 1, "region-skane");
        StoredEvent third = events.insert(3, "unit-b", 0, "region-stockholm");

        assertThat(builder.extend()).isEqualTo(3);

        byte[] h1 = ChainHash.event(ChainHash.GENESIS, first);
        byte[] h2 = ChainHash.event(h1, second);
        byte[] h3 = ChainHash.event(h2, third);
        assertThat(links()).containsExactly(
                new ChainEntry(1, ChainEntry.Kind.EVENT, ChainHash.hex(h1), "0".repeat(64)),
                new ChainEntry(2, ChainEntry.Kind.EVENT, ChainHash.hex(h2), ChainHash.hex(h1)),
                new ChainEntry(3, ChainEntry.Kind.EVENT, ChainHash.hex(h3), ChainHash.hex(h2)));
        assertThat(builder.extend()).as("nothing new").isZero();
    }

    @Test
    void aMissingPositionIsWaitedForUntilTheGapTimeoutThenChainedAsAGap() {
        events.insert(1, "unit-a", 0, "region-skane");
        events.insert(2, "unit-a", 1, "region-skane");
        events.insert(4, "unit-a", 3, "region-skane");
        events.insert(6, "unit-b", 0, "region-skane");

        assertThat(builder.extend()).as("3 may still be a transaction in flight").isEqualTo(2);
        clock.advance(Duration.ofSeconds(9));
        assertThat(builder.extend()).as("not yet 10 s").isZero();

        StoredEvent late = events.insert(3, "unit-a", 2, "region-skane"); // the transaction commits late
        assertThat(builder.extend()).as("3 and 4 chained; 5 is missing, first seen now").isEqualTo(2);
        assertThat(store.at(3).orElseThrow().kind()).isEqualTo(ChainEntry.Kind.EVENT);
        assertThat(store.at(3).orElseThrow().hash()).isEqualTo(ChainHash.hex(ChainHash.event(
                ChainHash.unhex(store.at(2).orElseThrow().hash()), late)));

        clock.advance(Duration.ofSeconds(9));
        assertThat(builder.extend()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(builder.extend()).as("5 is a gap now, 6 follows it").isEqualTo(2);
        ChainEntry gap = store.at(5).orElseThrow();
        assertThat(gap.kind()).isEqualTo(ChainEntry.Kind.GAP);
        assertThat(gap.hash()).isEqualTo(ChainHash.hex(ChainHash.gap(
                ChainHash.unhex(store.at(4).orElseThrow().hash()), 5)));
        assertThat(store.at(6).orElseThrow().previous()).isEqualTo(gap.hash());

        assertThat(new ChainVerifier(new EventTable(events.dataSource), store).verify(null, null).status())
                .isEqualTo(ChainVerification.Status.OK);
    }

    @Test
    void positionsBeforeTheFirstStoredRowAreGapsToo() {
        StoredEvent third = events.insert(3, "unit-a", 0, "region-skane");

        assertThat(builder.extend()).isZero();
        clock.advance(Duration.ofSeconds(10));
        assertThat(builder.extend()).isEqualTo(3);

        byte[] g1 = ChainHash.gap(ChainHash.GENESIS, 1);
        byte[] g2 = ChainHash.gap(g1, 2);
        assertThat(links()).extracting(ChainEntry::kind).containsExactly(ChainEntry.Kind.GAP, ChainEntry.Kind.GAP,
                ChainEntry.Kind.EVENT);
        assertThat(store.at(3).orElseThrow().hash()).isEqualTo(ChainHash.hex(ChainHash.event(g2, third)));
    }

    @Test
    void aLongRunOfGapsIsChainedABatchAtATime() {
        events.insert(1, "unit-a", 0, "region-skane");
        events.insert(250, "unit-a", 1, "region-skane");
        clock.advance(Duration.ofSeconds(10));
        assertThat(builder.extend()).as("1; the run 2 to 249 first seen now").isEqualTo(1);

        clock.advance(Duration.ofSeconds(10));
        assertThat(builder.extend()).as("a batch of 100 gaps").isEqualTo(100);
        assertThat(builder.extend()).as("the run has aged already: the next 100").isEqualTo(100);
        assertThat(builder.extend()).as("48 gaps and the event at 250").isEqualTo(49);

        assertThat(store.head().orElseThrow().position()).isEqualTo(250);
        assertThat(links()).filteredOn(link -> link.kind() == ChainEntry.Kind.GAP).hasSize(248);
        assertThat(new ChainVerifier(new EventTable(events.dataSource), store).verify(null, null).gapsChecked())
                .isEqualTo(248);
    }

    @Test
    void twoInstancesBuildOneChain() {
        events.insert(1, "unit-a", 0, "region-skane");
        events.insert(2, "unit-a", 1, "region-skane");
        ChainBuilder other = new ChainBuilder(new EventTable(events.dataSource), store, SETTINGS, clock);

        assertThat(builder.extend()).isEqualTo(2);
        List<ChainEntry> chain = links();
        events.insert(3, "unit-a", 2, "region-skane");
        assertThat(other.extend()).as("continues from the stored head").isEqualTo(1);
        assertThat(builder.extend()).isZero();
        assertThat(links()).hasSize(3).startsWith(chain.toArray(ChainEntry[]::new));

        var elsewhere = MONGO.template().getMongoDatabaseFactory().getMongoDatabase("elsewhere");
        elsewhere.drop();
        ChainStore separate = new ChainStore(elsewhere);
        assertThat(new ChainBuilder(new EventTable(events.dataSource), separate, SETTINGS, clock).extend())
                .isEqualTo(3);
        assertThat(separate.between(1, 3, 10)).as("the same hashes, computed apart").isEqualTo(links());
    }

    @Test
    void anInstanceThatLostTheRaceInsertsNothing() {
        events.insert(1, "unit-a", 0, "region-skane");
        events.insert(2, "unit-a", 1, "region-skane");
        builder.extend();
        List<ChainEntry> chain = links();

        // an instance that chained position 2 differently (say as a gap) and went on to 3
        String otherHash = ChainHash.hex(ChainHash.gap(ChainHash.unhex(chain.get(0).hash()), 2));
        int inserted = store.append(List.of(
                new ChainEntry(2, ChainEntry.Kind.GAP, otherHash, chain.get(0).hash()),
                new ChainEntry(3, ChainEntry.Kind.GAP, "ab".repeat(32), otherHash)));

        assertThat(inserted).isZero();
        assertThat(links()).isEqualTo(chain);
        assertThat(store.append(List.of(new ChainEntry(3, ChainEntry.Kind.GAP, "cd".repeat(32), chain.get(1).hash()))))
                .isEqualTo(1);
    }

    @Test
    void aCheckpointAtEveryMultipleOfTheInterval() {
        for (long position = 1; position <= 5; position++) {
            events.insert(position, "unit-a", position - 1, "region-skane");
        }
        builder.extend();
        assertThat(store.checkpoints()).extracting(Checkpoint::position).containsExactly(2L, 4L);
        assertThat(store.checkpoints()).allSatisfy(checkpoint -> {
            assertThat(checkpoint.hash()).isEqualTo(store.at(checkpoint.position()).orElseThrow().hash());
            assertThat(checkpoint.at()).isEqualTo(clock.instant());
        });

        events.insert(6, "unit-a", 5, "region-skane");
        clock.advance(Duration.ofMinutes(1));
        builder.extend();
        assertThat(store.checkpoints()).extracting(Checkpoint::position).containsExactly(2L, 4L, 6L);
        assertThat(store.lastCheckpoint().orElseThrow().at()).isEqualTo(clock.instant());

        MONGO.template().getCollection(ChainStore.CHECKPOINTS).deleteMany(Filters.gte("_id", 4L));
        builder.extend();
        assertThat(store.checkpoints()).as("a missed checkpoint is recorded late").extracting(Checkpoint::position)
                .containsExactly(2L, 4L, 6L);
    }

    @Test
    void readsBytesOfBlobColumnsExactly() {
        byte[] notUtf8 = {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF};
        StoredEvent binary = new StoredEvent(1, "e-1", "unit-a", 0, null, "p.Encrypted", null, "t", notUtf8,
                new byte[0]);
        events.insert(binary);

        StoredEvent read = new EventTable(events.dataSource).between(1, 1, 10).get(0);

        assertThat(read.payload()).isEqualTo(notUtf8);
        assertThat(read.metaData()).isEmpty();
        assertThat(read.type()).isNull();
        assertThat(ChainHash.event(ChainHash.GENESIS, read)).isEqualTo(ChainHash.event(ChainHash.GENESIS, binary));
    }

    private List<ChainEntry> links() {
        return store.between(Long.MIN_VALUE, Long.MAX_VALUE, 1000);
    }
}
