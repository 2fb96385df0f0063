package org.innovationledger.app.operations;

import org.innovationledger.app.LedgerClient;
import org.innovationledger.app.PostgresDatabase;
import org.innovationledger.app.ReadModelSnapshot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.operations.BackupRestoreTest.assertProblem;
import static org.innovationledger.app.operations.RecordedHistory.IDEMPOTENCY_KEY;
import static org.innovationledger.app.operations.RecordedHistory.IDEMPOTENT_UNIT;
import static org.innovationledger.app.operations.RecordedHistory.STOCKHOLM;

/**
 * PostgreSQL as the runbook says: {@code pg_dump -Fc} of the events database while the service runs, a command
 * after it, then {@code pg_restore} into a new database and a start on it with an empty read-model store. Every read
 * model is rebuilt to the documents it had at the dump, the chain is recomputed with the same head hash and
 * verifies, the Idempotency-Keys came along, and new events continue after the restored ones. The online backup
 * endpoint says to use pg_dump. Skipped, saying why, without a PostgreSQL server or its client tools.
 */
class BackupRestorePostgresTest {

    @TempDir
    Path temp;

    @Test
    void aPgDumpRestoredIntoANewDatabaseRebuildsTheReadModelsAndTheChain() throws Exception {
        PostgresDatabase.assumeAvailable();
        String pgDump = client("pg_dump");
        String pgRestore = client("pg_restore");
        Path dump = temp.resolve("events.dump");
        RecordedHistory history = new RecordedHistory();
        try (PostgresDatabase original = new PostgresDatabase(); PostgresDatabase restoredDatabase = new PostgresDatabase()) {
            long head;
            String headHash;
            ReadModelSnapshot atDump;
            try (RunningLedger ledger = RunningLedger.postgres(original, temp.resolve("original"))) {
                history.record(ledger.as("manager", STOCKHOLM));
                ledger.awaitCaughtUp();
                headHash = ledger.awaitChained().get("headHash").asText();
                head = ledger.head();
                atDump = ledger.readModels();
                assertThat(atDump.size()).isGreaterThan(30);
                assertProblem(ledger.as("admin", STOCKHOLM).post("/api/admin/backups", ""), 409,
                        "BACKUP_NOT_EMBEDDED");
                assertThat(ledger.as("admin", STOCKHOLM).post("/api/admin/backups", "").json().get("detail")
                        .asText()).contains("pg_dump");

                run(pgDump, "-Fc", "-h", PostgresDatabase.HOST, "-p", PostgresDatabase.PORT,
                        "-U", PostgresDatabase.USER, "-d", original.name, "-f", dump.toString());
                created(ledger.as("manager", STOCKHOLM).post("/api/organisation-units", """
                        {"name":"Efter dumpen","kind":"BOARD","reason":"Finns inte i dumpen"}"""));
            }
            run(pgRestore, "--exit-on-error", "--no-owner", "-h", PostgresDatabase.HOST, "-p", PostgresDatabase.PORT,
                    "-U", PostgresDatabase.USER, "-d", restoredDatabase.name, dump.toString());
            assertThat(restoredDatabase.storedEvents()).isEqualTo(head);

            try (RunningLedger restored = RunningLedger.postgres(restoredDatabase, temp.resolve("empty-read-models"))) {
                restored.awaitCaughtUp();
                assertThat(restored.head()).isEqualTo(head);
                assertThat(restored.awaitChained().get("headHash").asText()).isEqualTo(headHash);
                atDump.assertRebuiltAs(restored.readModels(), Map.of());

                LedgerClient manager = restored.as("manager", STOCKHOLM);
                assertThat(created(manager.post("/api/organisation-units", IDEMPOTENT_UNIT,
                        "Idempotency-Key", IDEMPOTENCY_KEY))).isEqualTo(history.idempotentUnit);
                assertThat(restored.head()).isEqualTo(head);
                created(manager.post("/api/organisation-units", """
                        {"name":"Efter återställningen","kind":"BOARD","reason":"Ny händelse"}"""));
                assertThat(restored.head()).as("the restored sequence goes on after the restored events")
                        .isGreaterThan(head);
                restored.awaitChained();
                assertThat(restored.verifiedChain().get("chainedUpTo").asLong()).isEqualTo(restored.head());
            }
        }
    }

    /** The PostgreSQL client tool, or the test is skipped saying it is missing. */
    private static String client(String tool) throws InterruptedException {
        for (String candidate : List.of("/usr/bin/" + tool, tool)) {
            try {
                Process version = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                if (version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException notThere) {
                // try the next
            }
        }
        String missing = tool + " not found (neither /usr/bin/" + tool + " nor on PATH): skipping the PostgreSQL"
                + " backup and restore test";
        System.err.println(missing);
        Assumptions.abort(missing);
        return null;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeFalse(output.contains("server version mismatch"),
                () -> command[0] + " is older than the server: " + output.strip());
        assertThat(done && process.exitValue() == 0).as(String.join(" ", command) + ": " + output).isTrue();
    }
}
