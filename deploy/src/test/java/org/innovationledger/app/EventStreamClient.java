package org.innovationledger.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client as an integrator would write one with java.net.http: reads the response line by line
 * on a thread of its own and hands out whole frames (fields as the SSE specification parses them: one optional space
 * after the colon, a comment line starts with a colon, a blank line ends the frame). {@link #close} drops the
 * connection, as a client that goes away does.
 */
public final class EventStreamClient implements AutoCloseable {

    /** One frame: an event (id, event, data), a comment (heartbeat), or a retry field. Null for fields not given. */
    public record Frame(String id, String event, String data, String comment, String retry) {
        public boolean isEvent() {
            return data != null;
        }
    }

    private static final Frame END = new Frame(null, null, null, null, null);

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final StringBuffer raw = new StringBuffer();

    private EventStreamClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Opens {@code path} as {@code user} (password of the test users) with the extra headers, name then value. */
    public static EventStreamClient open(String baseUrl, String user, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + LedgerClient.TEST_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1).build();
            return new EventStreamClient(http.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The whole body of an answer that ends (a problem), once it has ended. */
    public String body(Duration wait) {
        try {
            reader.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reader.isAlive()) {
            throw new AssertionError("the answer did not end within " + wait + ": " + raw);
        }
        return raw.toString();
    }

    /** The next frame, or an AssertionError when none came within {@code wait} or the stream ended. */
    public Frame next(Duration wait) {
        try {
            Frame frame = frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("no frame within " + wait);
            }
            if (frame == END) {
                frames.add(END);
                throw new AssertionError("the stream ended");
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next event, skipping heartbeats. */
    public Frame nextEvent(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Frame frame = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (frame.isEvent()) {
                return frame;
            }
        }
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }

    private void read() {
        String id = null, event = null, retry = null, comment = null;
        StringBuilder data = null;
        try {
            Iterator<String> lines = response.body().iterator();
            while (lines.hasNext()) {
                String line = lines.next();
                raw.append(line).append('\n');
                if (line.isEmpty()) {
                    if (id != null || event != null || data != null || retry != null || comment != null) {
                        frames.add(new Frame(id, event, data == null ? null : data.toString(), comment, retry));
                    }
                    id = event = retry = comment = null;
                    data = null;
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                switch (field) {
                    case "" -> comment = value;
                    case "id" -> id = value;
                    case "event" -> event = value;
                    case "retry" -> retry = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    default -> {
                        // the specification ignores other fields; a problem answer's JSON lands here
                    }
                }
            }
        } catch (RuntimeException closed) {
            // close() cancels the body; the stream then ends with an exception
        } finally {
            frames.add(END);
        }
    }
}
