package org.innovationledger.query.integration.stream;

import org.innovationledger.query.integration.feed.EventFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One client's live stream, run on its own thread: the reconnect delay, then each matching event as it is
 * recorded, and a heartbeat after every {@code heartbeat} of silence. It ends when a write fails (the client has
 * gone: the heartbeat makes sure that is noticed), when the container says the request is over, or when its thread
 * is interrupted (the application stops); then it closes its reader and gives its connection back.
 */
final class StreamConnection implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(StreamConnection.class);

    private final SseEmitter emitter;
    private final EventFeed.Follower follower;
    private final StreamSettings settings;
    private final Clock clock;
    private final Consumer<StreamConnection> release;
    private volatile boolean over;
    private volatile Thread thread;

    StreamConnection(SseEmitter emitter, EventFeed.Follower follower, StreamSettings settings, Clock clock,
                     Consumer<StreamConnection> release) {
        this.emitter = emitter;
        this.follower = follower;
        this.settings = settings;
        this.clock = clock;
        this.release = release;
        emitter.onCompletion(() -> over = true);
        emitter.onError(error -> over = true);
        emitter.onTimeout(() -> over = true);
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        try (follower) {
            emitter.send(SseFrames.retry(settings.retry()));
            long lastWrite = System.nanoTime();
            while (!over && !Thread.currentThread().isInterrupted()) {
                Duration silence = Duration.ofNanos(System.nanoTime() - lastWrite);
                Optional<EventFeed.Item> item = follower.next(max(settings.heartbeat().minus(silence), Duration.ZERO));
                if (item.isPresent()) {
                    emitter.send(SseFrames.event(item.get()));
                    lastWrite = System.nanoTime();
                } else if (Duration.ofNanos(System.nanoTime() - lastWrite).compareTo(settings.heartbeat()) >= 0) {
                    emitter.send(SseFrames.heartbeat(clock.instant()));
                    lastWrite = System.nanoTime();
                }
            }
            log.debug("live stream at {} ends: the application stops or the request is over", follower.cursor());
            complete();
        } catch (InterruptedException stopping) {
            log.debug("live stream at {} interrupted", follower.cursor());
            complete();
        } catch (IOException | IllegalStateException gone) {
            // the write failed: the client went away (or the request is already over); nothing left to tell it
            log.debug("live stream ended at {}: {}", follower.cursor(), gone.toString());
        } catch (RuntimeException failure) {
            log.warn("live stream failed at {}", follower.cursor(), failure);
            emitter.completeWithError(failure);
        } finally {
            thread = null;
            Thread.interrupted(); // the pool's thread goes back clean
            release.accept(this);
        }
    }

    /** Ends the stream within a moment: the application stops. */
    void end() {
        over = true;
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    /** Ends a stream that never ran (its thread pool stopped first). */
    void cancel() {
        follower.close();
        complete();
        release.accept(this);
    }

    private void complete() {
        try {
            emitter.complete();
        } catch (RuntimeException alreadyOver) {
            log.debug("live stream already over: {}", alreadyOver.toString());
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
