package org.innovationledger.query.infra.replay;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a replay counts as caught up, read from the token store as every instance shares it: every segment has
 * handled again each event it had seen before its tokens were reset.
 */
class TokenProgressTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate axonMongo;
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(server.getConnectionString());
        axonMongo = DefaultMongoTemplate.builder().mongoDatabase(client, "tokens").build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static TrackingToken at(long position) {
        return GapAwareTrackingToken.newInstance(position, Set.of());
    }

    /** As a processor moves its token on past an event. */
    private static TrackingToken advance(TrackingToken token, TrackingToken event) {
        return WrappedToken.advance(token, event);
    }

    private static TokenProgress.Segment segment(TrackingToken token) {
        return new TokenProgress.Segment(0, "node-1", NOW, token);
    }

    @Test
    void aReplayIsCaughtUpOnceItHasHandledThePositionItWasResetAt() {
        TrackingToken reset = ReplayToken.createReplayToken(at(40), null);
        assertThat(segment(reset).caughtUp()).isFalse();
        assertThat(segment(reset).resetPosition()).isEqualTo(40);
        assertThat(segment(reset).position()).as("a replay from the start").isZero();

        TrackingToken halfWay = advance(reset, at(17));
        assertThat(segment(halfWay).caughtUp()).isFalse();
        assertThat(segment(halfWay).position()).isEqualTo(17);
        assertThat(segment(halfWay).resetPosition()).isEqualTo(40);

        TrackingToken atReset = advance(halfWay, at(40));
        assertThat(atReset).as("Axon keeps replaying until an event after the reset position comes")
                .isInstanceOf(ReplayToken.class);
        assertThat(segment(atReset).caughtUp()).as("yet everything seen before the reset is handled again")
                .isTrue();

        TrackingToken beyond = advance(atReset, at(41));
        assertThat(beyond).isNotInstanceOf(ReplayToken.class);
        assertThat(segment(beyond).caughtUp()).isTrue();
        assertThat(segment(beyond).resetPosition()).isNull();
        assertThat(segment(null).caughtUp()).as("a segment that never saw an event").isTrue();
    }

    @Test
    void aClaimCountsUntilItIsTenSecondsOld() {
        assertThat(new TokenProgress.Segment(0, "node-1", NOW.minusSeconds(9), at(1)).claimed(NOW)).isTrue();
        assertThat(new TokenProgress.Segment(0, "node-1", NOW.minusSeconds(11), at(1)).claimed(NOW))
                .as("its owner stopped renewing it: dead").isFalse();
        assertThat(new TokenProgress.Segment(0, null, NOW, at(1)).claimed(NOW)).as("released").isFalse();
    }

    @Test
    void theSlowestSegmentIsWhereTheGroupStands() {
        TokenProgress.Status status = new TokenProgress.Status(List.of(
                segment(advance(ReplayToken.createReplayToken(at(40), null), at(30))),
                segment(advance(ReplayToken.createReplayToken(at(38), null), at(12)))));
        assertThat(status.position()).isEqualTo(12);
        assertThat(status.resetPosition()).isEqualTo(40);
        assertThat(status.caughtUp()).isFalse();
    }

    @Test
    void readsTheTokenStoreAsAxonWritesItWithoutClaiming() {
        MongoTokenStore store = MongoTokenStore.builder().mongoTemplate(axonMongo).serializer(serializer)
                .claimTimeout(Duration.ofSeconds(10)).nodeId("node-a").build();
        store.initializeTokenSegments("portfolio", 2, at(40));
        store.storeToken(advance(ReplayToken.createReplayToken(at(40), null), at(25)), "portfolio", 0);
        store.releaseClaim("portfolio", 1);
        store.initializeTokenSegments("needs", 1, at(7));

        TokenProgress.Status portfolio = new TokenProgress(axonMongo, serializer).of("portfolio");
        assertThat(portfolio.segments()).hasSize(2);
        assertThat(portfolio.owners(Instant.now())).as("segment 0 claimed by storing its token")
                .containsExactly("node-a");
        assertThat(portfolio.position()).isEqualTo(25);
        assertThat(portfolio.resetPosition()).isEqualTo(40);
        assertThat(portfolio.caughtUp()).as("segment 0 is replaying").isFalse();
        assertThat(new TokenProgress(axonMongo, serializer).of("needs").position()).isEqualTo(7);

        MongoTokenStore other = MongoTokenStore.builder().mongoTemplate(axonMongo).serializer(serializer)
                .nodeId("node-b").build();
        assertThat(other.fetchToken("portfolio", 1)).as("reading claimed nothing").isEqualTo(at(40));
    }
}
