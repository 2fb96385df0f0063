package org.innovationledger.query.infra.asof;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.innovationledger.query.infra.ReadModelRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers a query as the ledger stood at an earlier point: the read models the query's handler reads are rebuilt in a
 * temporary database from the events up to that position, by the live projection beans themselves (through Axon's
 * annotated-handler machinery, with the same parameter resolution and handler definitions as the running
 * processors), and the query is answered there by the live query handler, with "today" the moment asked for.
 * Every query answered through the query gateway by a projection, or by a bean naming its groups with
 * {@link org.innovationledger.query.infra.replay.ReadsProcessingGroup}, can be answered this way; the innovation accounts are folded from the events directly and
 * take their own position.
 * <p>
 * A reconstruction costs a read of the event stream up to the position plus the group's handling of its events, on
 * the requesting thread; finished ones are kept a while ({@link Reconstructions}).
 */
public final class AsOfAnswers {

    private static final Logger log = LoggerFactory.getLogger(AsOfAnswers.class);
    /** How long after an event beyond a position nothing can still appear below it (Axon's gap timeout). */
    static final Duration SETTLED_AFTER = Duration.ofMinutes(1);

    private final Supplier<? extends Collection<?>> beans;
    private final Supplier<HandlerInspection> inspection;
    private final LedgerHistory history;
    private final TemporaryDatabases databases;
    private final Clock clock;
    private final Reconstructions reconstructions;
    private final AtomicLong replays = new AtomicLong();
    private volatile Wiring wiring;

    /** An answer, with the newest event it reflects (-1: none) and the moment it is as of (null: unknown). */
    public record Answer<R>(R result, long position, Instant instant) {
    }

    /**
     * @param beans      the application's beans that handle events or queries (looked up on first use)
     * @param inspection how Axon inspects them (looked up on first use)
     * @param cacheSize  how many finished reconstructions to keep; 0 keeps none
     */
    public AsOfAnswers(Supplier<? extends Collection<?>> beans, Supplier<HandlerInspection> inspection,
                       LedgerHistory history, TemporaryDatabases databases, Clock clock, int cacheSize) {
        this.beans = beans;
        this.inspection = inspection;
        this.history = history;
        this.databases = databases;
        this.clock = clock;
        this.reconstructions = new Reconstructions(cacheSize, databases);
    }

    // ------------------------------------------------------------------------------------------- where to answer

    /**
     * The point a request asks for: {@code asOf} an ISO-8601 instant with offset ({@code 2021-12-31T23:00:00Z}) or a
     * date meaning the end of that day in the ledger's time zone (today: now), or {@code asOfPosition} a global
     * position; at most one. Empty when neither is given. A moment still to come or a position beyond the newest
     * event is refused: the ledger cannot say how it will stand.
     */
    public Optional<AsOf> resolve(String asOf, String asOfPosition) {
        if (asOf != null && asOfPosition != null) {
            throw new AsOfRefused(AsOfRefused.INVALID, "asOf and asOfPosition cannot be combined: give one");
        }
        if (asOfPosition != null) {
            long position = position(asOfPosition);
            long head = history.head();
            if (position > head) {
                throw new AsOfRefused(AsOfRefused.AHEAD_OF_LEDGER, "asOfPosition " + position
                        + " is ahead of the ledger, whose newest event is at " + head);
            }
            return Optional.of(new AsOf(position, null));
        }
        if (asOf != null) {
            Instant now = clock.instant();
            Instant moment = moment(asOf, clock.getZone());
            if (moment.isAfter(now) && isDate(asOf) && LocalDate.parse(asOf.strip()).equals(LocalDate.ofInstant(now,
                    clock.getZone()))) {
                moment = now; // the end of today has not come: as of today is as of now
            }
            if (moment.isAfter(now)) {
                throw new AsOfRefused(AsOfRefused.AHEAD_OF_LEDGER, "asOf " + asOf + " (" + moment + ") lies in the"
                        + " future: ask without asOf for the ledger's newest state");
            }
            return Optional.of(new AsOf(history.positionAt(moment), moment));
        }
        return Optional.empty();
    }

    static long position(String value) {
        try {
            long position = Long.parseLong(value.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new AsOfRefused(AsOfRefused.INVALID, "asOfPosition must be a global position (a whole number, zero or"
                + " more), got: " + value);
    }

    private static boolean isDate(String value) {
        return value.strip().length() == 10;
    }

    /** An instant with offset, or a date: the last instant of that day in the zone. */
    static Instant moment(String value, ZoneId zone) {
        String text = value.strip();
        try {
            if (isDate(text)) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new AsOfRefused(AsOfRefused.INVALID, "asOf must be an ISO-8601 instant with offset, e.g."
                    + " 2021-12-31T23:00:00Z, or a date, e.g. 2021-12-31 (the end of that day), got: " + value);
        }
    }

    // ------------------------------------------------------------------------------------------------ answering

    /** The query answered as of the point; rule violations and failures of the handler are thrown as they are. */
    public <R> Answer<R> answer(String queryName, Object query, ResponseType<R> responseType, AsOf asOf) {
        Wiring wired = wiring();
        Set<String> groups = wired.catalogue.groupsAnswering(queryName);
        if (groups.isEmpty()) {
            throw new AsOfRefused(AsOfRefused.NOT_SUPPORTED, "this answer (" + simpleName(queryName) + ") is not"
                    + " kept in a read model that can be rebuilt as of an earlier point");
        }
        Reconstruction reconstruction = reconstruction(wired, new Reconstruction.Key(Set.copyOf(groups),
                asOf.position()));
        try {
            Instant now = asOf.instant() != null ? asOf.instant()
                    : reconstruction.lastRecordedAt != null ? reconstruction.lastRecordedAt : clock.instant();
            R result = ReadModelRouting.in(reconstruction.database,
                    () -> AsOfClock.at(now, () -> ask(wired.queries, queryName, query, responseType)));
            return new Answer<>(result, reconstruction.lastPosition,
                    asOf.instant() != null ? asOf.instant() : reconstruction.lastRecordedAt);
        } finally {
            reconstructions.release(reconstruction);
        }
    }

    /** How many reconstructions were replayed (not taken from those kept). */
    public long replays() {
        return replays.get();
    }

    /** The queries that can be answered as of, by name, with the processing groups each replays. */
    public Map<String, Set<String>> answerable() {
        Wiring wired = wiring();
        Map<String, Set<String>> all = new LinkedHashMap<>();
        new TreeSet<>(wired.catalogue.answerable()).forEach(q -> all.put(q, wired.catalogue.groupsAnswering(q)));
        return all;
    }

    /** Queries with handlers that cannot be answered as of: they read no processing group's documents. */
    public Set<String> unanswerable() {
        return wiring().catalogue.unanswerable();
    }

    private Reconstruction reconstruction(Wiring wired, Reconstruction.Key key) {
        Reconstruction kept = reconstructions.lease(key);
        if (kept != null) {
            return kept;
        }
        Reconstruction built = rebuild(wired, key);
        reconstructions.keep(built);
        return built;
    }

    private Reconstruction rebuild(Wiring wired, Reconstruction.Key key) {
        List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
        new TreeSet<>(key.groups()).forEach(group -> handlers.addAll(wired.projections.get(group)));
        MongoDatabase database = databases.create();
        try {
            long started = System.nanoTime();
            long[] handled = {0};
            LedgerHistory.Read read = ReadModelRouting.in(database,
                    () -> history.read(key.upTo(), event -> handled[0] += deliver(handlers, event)));
            replays.incrementAndGet();
            boolean settled = read.nextRecordedAt() != null
                    && read.nextRecordedAt().isBefore(clock.instant().minus(SETTLED_AFTER));
            log.debug("As-of reconstruction of {} up to position {}: {} events handled in {} ms{}", key.groups(),
                    key.upTo(), handled[0], (System.nanoTime() - started) / 1_000_000, settled ? ", kept" : "");
            return new Reconstruction(key, database, read.lastPosition(), read.lastRecordedAt(), settled);
        } catch (RuntimeException e) {
            databases.drop(database);
            throw e;
        }
    }

    /** Hands the event to each projection that handles it, in a unit of work as a processor does. */
    private static int deliver(List<AnnotationEventHandlerAdapter> handlers, TrackedEventMessage<?> event) {
        int handled = 0;
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (!handler.canHandle(event)) {
                continue;
            }
            ResultMessage<?> result = DefaultUnitOfWork.startAndGet(event)
                    .executeWithResult(() -> handler.handle(event));
            if (result.isExceptional()) {
                throw new IllegalStateException("the as-of reconstruction failed: " + handler.getTargetType()
                        .getSimpleName() + " on " + event.getPayloadType().getSimpleName() + " at "
                        + event.trackingToken(), result.exceptionResult());
            }
            handled++;
        }
        return handled;
    }

    private static <R> R ask(SimpleQueryBus queries, String queryName, Object query, ResponseType<R> responseType) {
        QueryResponseMessage<R> response;
        try {
            response = queries.query(new GenericQueryMessage<>(GenericMessage.asMessage(query), queryName,
                    responseType)).join();
        } catch (CompletionException e) {
            throw unchecked(e.getCause());
        }
        if (response.isExceptional()) {
            throw unchecked(response.exceptionResult());
        }
        return response.getPayload();
    }

    private static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
    }

    private static String simpleName(String queryName) {
        return queryName.substring(queryName.lastIndexOf('.') + 1);
    }

    // ------------------------------------------------------------------------------------------------- wiring

    /** The catalogue, each group's projections as Axon event handlers, and a query bus of the answerable handlers. */
    private record Wiring(ReadModelCatalogue catalogue, Map<String, List<AnnotationEventHandlerAdapter>> projections,
                          SimpleQueryBus queries) {
    }

    private Wiring wiring() {
        Wiring wired = wiring;
        if (wired == null) {
            synchronized (this) {
                wired = wiring;
                if (wired == null) {
                    wiring = wired = wire();
                }
            }
        }
        return wired;
    }

    private Wiring wire() {
        ReadModelCatalogue catalogue = ReadModelCatalogue.of(beans.get());
        HandlerInspection axon = inspection.get();
        Map<String, List<AnnotationEventHandlerAdapter>> projections = new LinkedHashMap<>();
        for (String group : catalogue.groups()) {
            projections.put(group, catalogue.projections(group).stream()
                    .map(bean -> new AnnotationEventHandlerAdapter(bean, axon.parameters(),
                            axon.definitions().apply(ClassUtils.getUserClass(bean))))
                    .toList());
        }
        SimpleQueryBus queries = SimpleQueryBus.builder().build();
        for (Object bean : catalogue.queryBeans()) {
            new AnnotationQueryHandlerAdapter<>(bean, axon.parameters(),
                    axon.definitions().apply(ClassUtils.getUserClass(bean))).subscribe(queries);
        }
        log.info("As-of answers for {} queries from processing groups {}; not for {}", catalogue.answerable().size(),
                catalogue.groups(), catalogue.unanswerable().stream().map(AsOfAnswers::simpleName).toList());
        return new Wiring(catalogue, projections, queries);
    }
}
