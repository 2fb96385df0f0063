package org.innovationledger.query.infra.replay;

import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where a processing group's segments stand, read from the token store that every instance shares (not from this
 * instance's processor, which may not hold any segment). Reads the entries as stored, without claiming them.
 */
@Component
class TokenProgress {

    /** As configured for the token store ({@code AxonMongoStores}): a claim not renewed for this long is free. */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    record Segment(int segment, String owner, Instant renewedAt, TrackingToken token) {

        boolean claimed(Instant now) {
            return owner != null && renewedAt.isAfter(now.minus(CLAIM_TIMEOUT));
        }

        /** The position this segment has reached (during a replay: the replay's, not the one at the reset). */
        Long position() {
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            return position.isPresent() ? position.getAsLong() : null;
        }

        /** Where the live processor stood when the tokens were reset; null once the replay is over. */
        Long resetPosition() {
            return replay() == null ? null : positionOf(replay().getTokenAtReset());
        }

        /** Every event this segment had seen before the reset has been handled again. */
        boolean caughtUp() {
            ReplayToken replay = replay();
            if (replay == null) {
                return true;
            }
            Long current = positionOf(replay.getCurrentToken());
            Long reset = positionOf(replay.getTokenAtReset());
            return reset == null || (current != null && current >= reset);
        }

        private ReplayToken replay() {
            return token instanceof ReplayToken replay ? replay : null;
        }
    }

    /** A group's segments taken together. */
    record Status(List<Segment> segments) {

        boolean claimed(Instant now) {
            return segments.stream().anyMatch(s -> s.claimed(now));
        }

        List<String> owners(Instant now) {
            return segments.stream().filter(s -> s.claimed(now)).map(Segment::owner).distinct().toList();
        }

        boolean caughtUp() {
            return segments.stream().allMatch(Segment::caughtUp);
        }

        /** The slowest segment's position. */
        Long position() {
            return segments.stream().map(Segment::position).map(p -> p == null ? -1L : p).min(Long::compare)
                    .filter(p -> p >= 0).orElse(null);
        }

        Long resetPosition() {
            return segments.stream().map(Segment::resetPosition).filter(p -> p != null).max(Long::compare)
                    .orElse(null);
        }
    }

    private final MongoTemplate axonMongo;
    private final Serializer serializer;

    TokenProgress(MongoTemplate axonMongoTemplate, @Qualifier("serializer") Serializer serializer) {
        this.axonMongo = axonMongoTemplate;
        this.serializer = serializer;
    }

    Status of(String group) {
        List<Segment> segments = new ArrayList<>();
        for (Document entry : axonMongo.trackingTokensCollection().find(Filters.eq("processorName", group))) {
            Number renewed = entry.get("timestamp", Number.class);
            segments.add(new Segment(entry.getInteger("segment"), entry.getString("owner"),
                    Instant.ofEpochMilli(renewed == null ? 0 : renewed.longValue()), token(entry)));
        }
        return new Status(segments);
    }

    private TrackingToken token(Document entry) {
        Binary data = entry.get("token", Binary.class);
        String type = entry.getString("tokenType");
        if (data == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data.getData(), byte[].class, type, null));
    }

    private static Long positionOf(TrackingToken token) {
        if (token == null) {
            return null;
        }
        OptionalLong position = token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }
}
