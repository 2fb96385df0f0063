package org.innovationledger.query.integration.stream;

import org.innovationledger.query.integration.feed.EventFeed;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

/**
 * The frames of the live stream as Server-Sent Events: the reconnect delay first, then per event its cursor as
 * {@code id} (what a reconnecting client sends back as {@code Last-Event-ID}), its CloudEvents type as {@code event}
 * and the CloudEvent as {@code data}, and a comment as heartbeat. Every field must be one line: a line break inside
 * {@code data} would end the field and corrupt the frame, so a value with one is refused rather than sent.
 */
final class SseFrames {

    /** The data is written as UTF-8 text, whatever the platform's default. */
    static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private SseFrames() {
    }

    static SseEventBuilder retry(Duration reconnect) {
        return SseEmitter.event().reconnectTime(reconnect.toMillis());
    }

    static SseEventBuilder event(EventFeed.Item item) {
        return SseEmitter.event()
                .id(oneLine("id", item.cursor().toString()))
                .name(oneLine("event", item.event().type()))
                .data(oneLine("data", item.event().json()), TEXT);
    }

    static SseEventBuilder heartbeat(Instant now) {
        return SseEmitter.event().comment(" heartbeat " + DateTimeFormatter.ISO_INSTANT.format(
                now.truncatedTo(ChronoUnit.MILLIS)));
    }

    /** The frame as the client reads it. */
    static String text(SseEventBuilder frame) {
        return frame.build().stream().map(ResponseBodyEmitter.DataWithMediaType::getData).map(String::valueOf)
                .collect(Collectors.joining());
    }

    private static String oneLine(String field, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("an SSE " + field + " field must be one line; refusing to send: "
                    + (value.length() > 80 ? value.substring(0, 80) + "..." : value));
        }
        return value;
    }
}
