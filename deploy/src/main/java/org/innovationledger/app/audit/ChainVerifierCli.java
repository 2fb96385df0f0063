package org.innovationledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.innovationledger.query.audit.chain.ChainStore;
import org.innovationledger.query.audit.chain.ChainVerification;
import org.innovationledger.query.audit.chain.ChainVerifier;
import org.innovationledger.query.audit.chain.Checkpoint;
import org.innovationledger.query.audit.chain.CheckpointVerifier;
import org.innovationledger.query.audit.chain.EventTable;
import org.innovationledger.query.audit.chain.ExportVerifier;
import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The auditor's verifier, run from the service's jar without starting the service:
 * <pre>
 * java -cp innovation-ledger.jar -Dloader.main=org.innovationledger.app.audit.ChainVerifierCli \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --export=history.jsonl
 * </pre>
 * {@code --export=FILE} verifies an export offline: each line's hash recomputed from its fields and its stated
 * previous hash, consecutive positions linked. {@code --jdbc-url=URL [--user= --password=]} with
 * {@code --mongo-uri=URI [--mongo-database=NAME]} recomputes the chain from the event table and compares it with the
 * stored chain; with {@code --checkpoints=FILE} (instead, or as well) it compares the table with checkpoints kept
 * outside the system. {@code --data-dir=DIR} does the same on the embedded setup's files (service stopped).
 * Prints OK or the first broken position; exit status 0 when OK, 1 when broken, 2 when it
 * could not verify (wrong arguments, unreadable file or store).
 */
public final class ChainVerifierCli {

    static final int OK = 0;
    static final int BROKEN = 1;
    static final int CANNOT_VERIFY = 2;

    private static final Pattern LOGGED = Pattern.compile("position[\\s:=]+(\\d+)\\D.*?\\b([0-9a-f]{64})\\b");
    private static final Pattern PLAIN = Pattern.compile("^\\s*(\\d+)[\\s,;]+([0-9a-f]{64})\\s*$");

    private ChainVerifierCli() {
    }

    public static void main(String[] args) {
        // outside the service nothing configures logging: keep the drivers' chatter off the auditor's console
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("de.bwaldvogel")).setLevel(Level.ERROR);
        System.exit(run(args, System.out, System.err));
    }

    /** Verifies as the arguments say and answers the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return CANNOT_VERIFY;
        }
        try {
            if (options.containsKey("export")) {
                return verifyExport(Path.of(options.get("export")), out);
            }
            if (options.containsKey("data-dir")) {
                return verifyDataDir(Path.of(options.get("data-dir")).toAbsolutePath().normalize(), options, out);
            }
            if (options.containsKey("jdbc-url")
                    && (options.containsKey("mongo-uri") || options.containsKey("checkpoints"))) {
                return verifyStores(options, out);
            }
            err.println(USAGE);
            return CANNOT_VERIFY;
        } catch (IOException | RuntimeException e) {
            err.println("Cannot verify: " + e.getMessage());
            return CANNOT_VERIFY;
        }
    }

    private static int verifyExport(Path file, PrintStream out) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ExportVerifier.Result result = ExportVerifier.verify(reader);
            if (!result.ok()) {
                out.println("BROKEN at " + (result.brokenPosition() == null ? "" : "position "
                        + result.brokenPosition() + ", ") + "line " + result.brokenLine() + " of " + file + ": "
                        + result.problem());
                return BROKEN;
            }
            out.println("OK: " + file + ": " + result.lines() + " lines" + (result.firstPosition() == null ? ""
                    : ", positions " + result.firstPosition() + " to " + result.lastPosition())
                    + ", every hash recomputed from its line, " + result.links()
                    + " links between consecutive positions checked");
            return OK;
        }
    }

    /**
     * The embedded setup's stores, opened read-only from its data folder: the H2 event store and the embedded
     * MongoDB-wire server's file, served for the verification by a server in this process. Only while the service
     * is stopped (it holds both files).
     */
    private static int verifyDataDir(Path dataDir, Map<String, String> options, PrintStream out)
            throws IOException {
        Path readModels = dataDir.resolve("readmodels.mv");
        if (!Files.isRegularFile(readModels) || !Files.isRegularFile(dataDir.resolve("events.mv.db"))) {
            throw new IllegalArgumentException("no embedded stores (events.mv.db, readmodels.mv) in " + dataDir);
        }
        MongoServer server = new MongoServer(new H2Backend(new MVStore.Builder().fileName(readModels.toString())
                .readOnly().open()));
        try {
            server.bind("127.0.0.1", 0);
            Map<String, String> stores = new LinkedHashMap<>(options);
            stores.put("jdbc-url", "jdbc:h2:file:" + dataDir.resolve("events") + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE");
            stores.putIfAbsent("user", "sa");
            stores.put("mongo-uri", server.getConnectionString());
            return verifyStores(stores, out);
        } finally {
            server.shutdownNow();
        }
    }

    private static int verifyStores(Map<String, String> options, PrintStream out) throws IOException {
        HikariConfig connection = new HikariConfig();
        connection.setJdbcUrl(options.get("jdbc-url"));
        connection.setUsername(options.getOrDefault("user", ""));
        connection.setPassword(options.getOrDefault("password", ""));
        connection.setMaximumPoolSize(1);
        connection.setPoolName("chain-verifier");
        try (HikariDataSource dataSource = new HikariDataSource(connection)) {
            EventTable table = new EventTable(dataSource);
            int status = OK;
            if (options.containsKey("mongo-uri")) {
                String uri = options.get("mongo-uri");
                String database = options.getOrDefault("mongo-database",
                        new ConnectionString(uri).getDatabase() != null ? new ConnectionString(uri).getDatabase()
                                : "innovation_ledger");
                try (MongoClient mongo = MongoClients.create(uri)) {
                    ChainVerification verification = new ChainVerifier(table,
                            new ChainStore(mongo.getDatabase(database))).verify(null, null);
                    status = report("the stored chain", verification, out);
                }
            }
            if (options.containsKey("checkpoints")) {
                List<Checkpoint> checkpoints = checkpoints(Path.of(options.get("checkpoints")));
                String against = checkpoints.size() + " checkpoint(s) from " + options.get("checkpoints");
                status = Math.max(status, report(against, CheckpointVerifier.verify(table, checkpoints), out));
            }
            return status;
        }
    }

    private static int report(String against, ChainVerification verification, PrintStream out) {
        if (verification.status() == ChainVerification.Status.BROKEN) {
            out.println("BROKEN at position " + verification.firstBroken().position() + ": "
                    + verification.firstBroken().problem() + ": " + verification.firstBroken().detail()
                    + " (verified against " + against + " up to " + verification.verifiedUpTo() + ")");
            return BROKEN;
        }
        out.println("OK: the event table against " + against + ": " + (verification.from() == null
                ? "nothing chained yet" : "positions " + verification.from() + " to " + verification.to())
                + " (events " + verification.eventsChecked() + ", gaps " + verification.gapsChecked()
                + ", checkpoints " + verification.checkpointsChecked() + ")" + (verification.chainedUpTo() == null ? ""
                : "; chained up to " + verification.chainedUpTo()) + "; stored up to " + verification.storeHead());
        return OK;
    }

    /**
     * Checkpoints as recorded: the JSON of {@code GET /api/audit/chain/checkpoints}, or lines of "position hash",
     * or the service's log lines "Event chain checkpoint: position N hash H". Blank lines and # comments are skipped.
     */
    static List<Checkpoint> checkpoints(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (text.strip().startsWith("[")) {
            for (JsonNode checkpoint : new ObjectMapper().readTree(text)) {
                checkpoints.add(new Checkpoint(checkpoint.get("position").asLong(), checkpoint.get("hash").asText(),
                        Instant.EPOCH));
            }
            return checkpoints;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher matcher = LOGGED.matcher(line);
            if (!matcher.find()) {
                matcher = PLAIN.matcher(line);
                if (!matcher.find()) {
                    throw new IllegalArgumentException("not a checkpoint (position and hash): " + line);
                }
            }
            checkpoints.add(new Checkpoint(Long.parseLong(matcher.group(1)), matcher.group(2), Instant.EPOCH));
        }
        return checkpoints;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (!List.of("export", "data-dir", "jdbc-url", "user", "password", "mongo-uri", "mongo-database", "checkpoints")
                    .contains(name)) {
                throw new IllegalArgumentException("Unknown option: --" + name);
            }
            options.put(name, arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static final String USAGE = """
            Usage (from the service's jar):
              java -cp innovation-ledger.jar -Dloader.main=org.innovationledger.app.audit.ChainVerifierCli \\
                   org.springframework.boot.loader.launch.PropertiesLauncher OPTIONS
            OPTIONS, one of:
              --export=history.jsonl
                  verify an export of GET /api/audit/export offline
              --jdbc-url=URL [--user=NAME] [--password=SECRET] --mongo-uri=URI [--mongo-database=NAME]
                  recompute the chain from the event table and compare it with the stored chain
              --jdbc-url=URL [--user=NAME] [--password=SECRET] --checkpoints=FILE
                  recompute the chain from the event table and compare it with checkpoints kept outside
              --data-dir=DIR [--checkpoints=FILE]
                  the embedded setup's stores in DIR (read-only, with the service stopped), as with --jdbc-url and
                  --mongo-uri
            Exit status: 0 OK, 1 broken (the first broken position is printed), 2 could not verify.""";
}
