package org.innovationledger.app;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;

/**
 * Two query-side processes on the same stores (events in PostgreSQL, tokens and read models in one MongoDB) share
 * the read models' processing: the second one started gets about half of all segments, including some of the
 * split initiative timeline's. Killed with SIGKILL while commands keep coming, the first one's segments go to the
 * second after the claim timeout, which continues from the tokens the first one left; at the end every stored event
 * is in the read models exactly once: the timeline holds each initiative's sequence 0..n without gap or repeat,
 * and the audit trail every global position of the event table.
 */
class SegmentHandoverTest {

    private static final String TENANT = "region-vasterbotten";
    private static final String TIMELINE = "initiative-timeline";

    @TempDir
    Path work;

    @Test
    void twoQueryInstancesSplitTheSegmentsAndTheSurvivorTakesOverWithoutSkippingOrRepeating() throws Exception {
        PostgresDatabase.assumeAvailable();
        Path[] jars = ServiceProcess.requireExecJars("the segment hand-over test", "command-side", "query-side");
        Path commandJar = jars[0];
        Path queryJar = jars[1];

        MongoServer mongoServer = new MongoServer(new MemoryBackend());
        mongoServer.bind("127.0.0.1", 0);
        String mongoUri = "mongodb://127.0.0.1:" + mongoServer.getLocalAddress().getPort() + "/innovation_ledger";
        try (MongoClient mongo = MongoClients.create(mongoUri);
             PostgresDatabase db = new PostgresDatabase();
             ServiceProcess commandSide = ServiceProcess.start("command-side", commandJar, work,
                     "--spring.profiles.active=postgres", "--spring.datasource.url=" + db.jdbcUrl(),
                     "--spring.datasource.username=" + PostgresDatabase.USER);
             ServiceProcess first = queryInstance("query-a", queryJar, db, mongoUri)) {
            MongoDatabase store = mongo.getDatabase("innovation_ledger");
            LedgerClient commands = new LedgerClient(commandSide.baseUrl(), TENANT);
            String unit = created(commands.post("/api/organisation-units", """
                    {"name":"Norrlands universitetssjukhus","kind":"HOSPITAL","reason":"Segmenttest"}"""));
            List<String> initiatives = new CopyOnWriteArrayList<>();
            for (int i = 1; i <= 8; i++) {
                String initiative = register(commands, unit, "Initiativ " + i);
                initiatives.add(initiative);
                observeBarrier(commands, initiative);
            }
            String ownerA = first.pid() + "@";
            awaitOwners(store, owners -> owners.values().stream().allMatch(o -> o.startsWith(ownerA)),
                    "the first instance holds every segment while alone");

            try (ServiceProcess second = queryInstance("query-b", queryJar, db, mongoUri)) {
                String ownerB = second.pid() + "@";
                Map<String, String> split = awaitOwners(store, owners -> {
                    long a = owners.values().stream().filter(o -> o.startsWith(ownerA)).count();
                    long b = owners.values().stream().filter(o -> o.startsWith(ownerB)).count();
                    long fair = (owners.size() + 1) / 2;
                    return a + b == owners.size() && a <= fair && b <= fair
                            && timelineOwners(owners).stream().anyMatch(o -> o.startsWith(ownerA))
                            && timelineOwners(owners).stream().anyMatch(o -> o.startsWith(ownerB));
                }, "the segments split between the two instances");
                System.out.printf("segments split: %d on the first instance, %d on the second, of %d%n",
                        split.values().stream().filter(o -> o.startsWith(ownerA)).count(),
                        split.values().stream().filter(o -> o.startsWith(ownerB)).count(), split.size());
                assertThat(split.keySet()).as("four timeline segments, every other group one")
                        .filteredOn(key -> key.startsWith(TIMELINE + "#")).hasSize(4);

                // commands keep coming while the first instance is killed and the second takes over
                AtomicBoolean writing = new AtomicBoolean(true);
                AtomicInteger accepted = new AtomicInteger();
                List<Throwable> writerFailures = new CopyOnWriteArrayList<>();
                Thread writer = new Thread(() -> {
                    try {
                        for (int i = 0; writing.get(); i++) {
                            if (i % 4 == 0) {
                                initiatives.add(register(commands, unit, "Under överlämningen " + i));
                            } else {
                                observeBarrier(commands, initiatives.get(i % initiatives.size()));
                            }
                            accepted.incrementAndGet();
                            Thread.sleep(40);
                        }
                    } catch (Throwable e) {
                        writerFailures.add(e);
                    }
                }, "commands-during-handover");
                writer.start();
                Thread.sleep(3_000);
                first.kill();
                awaitOwners(store, owners -> owners.values().stream().allMatch(o -> o.startsWith(ownerB)),
                        "the second instance holds every segment after the first was killed");
                Thread.sleep(2_000);
                writing.set(false);
                writer.join(30_000);
                assertThat(writerFailures).as("every command was accepted").isEmpty();
                assertThat(accepted.get()).as("commands were sent across the kill").isGreaterThan(20);

                Map<String, Long> stored = initiativeEventCounts(db);
                assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(initiatives);
                long storedEvents = db.storedEvents();
                awaitCaughtUp(store, stored, storedEvents);

                for (String initiative : initiatives) {
                    List<Long> sequence = store.getCollection("initiative_timeline")
                            .find(Filters.eq("initiativeId", initiative)).map(d -> ((Number) d.get("sequence")).longValue())
                            .into(new ArrayList<>());
                    assertThat(sequence).as("timeline of %s: every event once", initiative)
                            .containsExactlyInAnyOrderElementsOf(
                                    LongStream.range(0, stored.get(initiative)).boxed().toList());
                }
                Set<Long> trail = store.getCollection("audit_trail").find().map(d -> ((Number) d.get("_id")).longValue())
                        .into(new TreeSet<>());
                assertThat(trail).as("audit trail: every global position once").isEqualTo(globalPositions(db));
                LedgerClient reader = new LedgerClient(second.baseUrl(), TENANT);
                assertThat(reader.await("/api/portfolio",
                        r -> r.status() == 200 && r.json().get("total").asInt() == initiatives.size())
                        .json().get("total").asInt()).isEqualTo(initiatives.size());
            }
        } finally {
            mongoServer.shutdownNow();
        }
    }

    private ServiceProcess queryInstance(String name, Path jar, PostgresDatabase db, String mongoUri)
            throws Exception {
        return ServiceProcess.start(name, jar, work, "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + PostgresDatabase.USER,
                "--ledger.mongo.uri=" + mongoUri, "--ledger.data-dir=" + work.resolve(name),
                "--ledger.processing.segments=4", "--ledger.processing.balance.interval=2s",
                // the hash chain over the event table is not what this test is about
                "--ledger.audit.chain.enabled=false");
    }

    private static String register(LedgerClient commands, String unit, String title) {
        return created(commands.post("/api/initiatives", """
                {"title":"%s","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag",\
                "processModel":"generic-stage-gate","reason":"Segmenttest"}""".formatted(title, unit)));
    }

    private static void observeBarrier(LedgerClient commands, String initiative) {
        LedgerClient.Response response = commands.post("/api/initiatives/" + initiative + "/barriers", """
                {"category":"JURIDIK","level":"OPERATIONS","description":"Avtal saknas","reason":"Segmenttest"}""");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    /** processor#segment → owner, for every token (an unowned segment maps to ""). */
    private static Map<String, String> owners(MongoDatabase store) {
        Map<String, String> owners = new HashMap<>();
        for (Document token : store.getCollection("trackingtokens").find()) {
            String owner = token.getString("owner");
            owners.put(token.getString("processorName") + "#" + token.get("segment"), owner == null ? "" : owner);
        }
        return owners;
    }

    private static Set<String> timelineOwners(Map<String, String> owners) {
        return owners.entrySet().stream().filter(e -> e.getKey().startsWith(TIMELINE + "#"))
                .map(Map.Entry::getValue).collect(Collectors.toSet());
    }

    private static Map<String, String> awaitOwners(MongoDatabase store, Predicate<Map<String, String>> until,
                                                   String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        Map<String, String> owners;
        do {
            owners = owners(store);
            if (owners.size() > 4 && until.test(owners)) {
                return owners;
            }
            Thread.sleep(250);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("not within 90 s: " + what + "; owners: " + new java.util.TreeMap<>(owners));
    }

    private static void awaitCaughtUp(MongoDatabase store, Map<String, Long> stored, long storedEvents)
            throws InterruptedException {
        long timelineEvents = stored.values().stream().mapToLong(Long::longValue).sum();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (store.getCollection("initiative_timeline").countDocuments() >= timelineEvents
                    && store.getCollection("audit_trail").countDocuments() >= storedEvents) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("read models not caught up within 60 s: timeline "
                + store.getCollection("initiative_timeline").countDocuments() + "/" + timelineEvents + ", audit trail "
                + store.getCollection("audit_trail").countDocuments() + "/" + storedEvents);
    }

    private static Map<String, Long> initiativeEventCounts(PostgresDatabase db) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        query(db, "select aggregateidentifier, count(*) from domainevententry where type = 'Initiative' "
                + "group by aggregateidentifier", rows -> counts.put(rows.getString(1), rows.getLong(2)));
        return counts;
    }

    private static Set<Long> globalPositions(PostgresDatabase db) throws SQLException {
        Set<Long> positions = new TreeSet<>();
        query(db, "select globalindex from domainevententry", rows -> positions.add(rows.getLong(1)));
        return positions;
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(PostgresDatabase db, String sql, Row row) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), PostgresDatabase.USER, "");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                row.read(rows);
            }
        }
    }
}
