package org.innovationledger.query.integration.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.innovationledger.query.integration.feed.EventFeed;
import org.innovationledger.query.integration.feed.FeedCursor;
import org.innovationledger.query.integration.feed.FeedFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open live streams: at most {@code max-connections}, each on a thread of a pool of that size (a stream blocks
 * its thread while it waits for events, so the pool is the limit, and it is not the web server's). One stream more
 * is refused with {@link Busy} before anything is written. Stops before the web server's graceful shutdown, so open
 * streams end (their clients reconnect elsewhere) instead of holding the shutdown up.
 */
@Component
class StreamConnections implements SmartLifecycle {

    private final EventFeed feed;
    private final StreamSettings settings;
    private final Clock clock;
    private final Semaphore permits;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<StreamConnection> active = ConcurrentHashMap.newKeySet();
    private volatile ThreadPoolExecutor threads;
    private volatile boolean running;

    StreamConnections(EventFeed feed, StreamSettings settings, ObjectProvider<Clock> clock,
                      ObjectProvider<MeterRegistry> meters) {
        this.feed = feed;
        this.settings = settings;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.permits = new Semaphore(settings.maxConnections());
        meters.ifAvailable(registry -> Gauge.builder("ledger.stream.connections", open, AtomicInteger::get)
                .description("live event streams (SSE) open now").register(registry));
    }

    /** Opens a stream of the events after {@code cursor} that pass {@code filter}; {@link Busy} when all are taken. */
    SseEmitter open(FeedCursor cursor, FeedFilter filter) {
        ThreadPoolExecutor threads = this.threads;
        if (!running || threads == null || !permits.tryAcquire()) {
            throw new Busy(settings);
        }
        open.incrementAndGet();
        EventFeed.Follower follower = null;
        StreamConnection connection = null;
        try {
            follower = feed.follow(cursor, filter);
            SseEmitter emitter = new SseEmitter(0L); // 0: no timeout, the heartbeat keeps it alive
            connection = new StreamConnection(emitter, follower, settings, clock, this::release);
            active.add(connection);
            threads.execute(connection);
            return emitter;
        } catch (RuntimeException failure) {
            if (follower != null) {
                follower.close();
            }
            release(connection);
            throw failure instanceof RejectedExecutionException ? new Busy(settings) : failure;
        }
    }

    /** How many streams are open now. */
    int open() {
        return open.get();
    }

    private void release(StreamConnection connection) {
        if (connection != null) {
            active.remove(connection);
        }
        open.decrementAndGet();
        permits.release();
    }

    @Override
    public synchronized void start() {
        // as many threads as permits; the queue only holds a stream for the instant its predecessor's thread frees
        ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.maxConnections(), settings.maxConnections(), 60,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), streamThreads());
        pool.allowCoreThreadTimeOut(true);
        threads = pool;
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (threads == null) {
            return;
        }
        // every stream closes its reader and ends its response; one not started yet is ended here
        active.forEach(StreamConnection::end);
        threads.shutdownNow().forEach(never -> ((StreamConnection) never).cancel());
        try {
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static ThreadFactory streamThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "ledger-stream-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Every stream is taken (or the application is stopping): try again later. */
    static final class Busy extends RuntimeException {

        private final long retryAfterSeconds;

        Busy(StreamSettings settings) {
            super("all " + settings.maxConnections() + " live streams are open; retry later, or read the pull feed"
                    + " GET /api/events");
            this.retryAfterSeconds = Math.max(1, (settings.retry().toMillis() + 999) / 1000);
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
