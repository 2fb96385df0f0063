package org.innovationledger.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.innovationledger.app.LedgerClient;
import org.innovationledger.app.ReadModelSnapshot;
import org.innovationledger.app.audit.ChainVerifierCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.operations.RecordedHistory.IDEMPOTENCY_KEY;
import static org.innovationledger.app.operations.RecordedHistory.IDEMPOTENT_UNIT;
import static org.innovationledger.app.operations.RecordedHistory.STOCKHOLM;

/**
 * The embedded setup's backup and restore as docs/runbooks/backup-restore.md tells them. An admin takes an online
 * backup ({@code POST /api/admin/backups}) of a running service with a history in two regions and a webhook
 * subscription; a command after it is not in it. Restored with the events only into a new data folder, the service
 * rebuilds every read model to the documents it had at the backup, field for field, with the same indexes; the
 * chain, built anew from the restored table, has the same head hash and verifies, and the table verifies against
 * the checkpoints kept outside before the service starts; an Idempotency-Key sent before the backup still answers
 * its first answer. A second backup is taken while commands arrive: restored whole (the zip as it is), the
 * processors catch up to the same read models an events-only restore of it rebuilds, so the zip's read models were
 * never ahead of its events; and the webhook subscription, which no event holds, is back.
 */
class BackupRestoreTest {

    private static final String BACKUPS = "/api/admin/backups";

    @TempDir
    Path temp;

    @Test
    void anEventsOnlyRestoreRebuildsTheReadModelsAndTheChainAsTheyWereAtTheBackup() throws IOException {
        Path original = temp.resolve("original");
        RecordedHistory history = new RecordedHistory();
        long head;
        String headHash;
        ReadModelSnapshot atBackup;
        Path checkpoints;
        Path zip;
        Path underLoad;
        String subscription;
        try (RunningLedger ledger = RunningLedger.embedded(original)) {
            subscription = created(ledger.as("integration", STOCKHOLM).post("/api/webhooks", """
                    {"url":"http://127.0.0.1:9/ledger-events","description":"Portföljtavlan"}"""));
            history.record(ledger.as("manager", STOCKHOLM));
            ledger.awaitCaughtUp();
            headHash = ledger.awaitChained().get("headHash").asText();
            head = ledger.head();
            atBackup = ledger.readModels();
            assertThat(atBackup.collections()).as("read models of every kind the history touched")
                    .contains("organisation_units", "needs", "portfolio_initiatives", "gate_decisions",
                            "initiative_timeline", "audit_trail");
            assertThat(atBackup.size()).isGreaterThan(30);
            checkpoints = Files.writeString(temp.resolve("checkpoints.json"),
                    ledger.as("auditor", STOCKHOLM).get("/api/audit/chain/checkpoints").raw().body());
            assertThat(Files.readString(checkpoints)).contains("\"position\":5");

            assertProblem(ledger.as("manager", STOCKHOLM).post(BACKUPS, ""), 403, "ROLE_NOT_ALLOWED");
            assertProblem(ledger.as("auditor", STOCKHOLM).post(BACKUPS, ""), 403, "ROLE_NOT_ALLOWED");
            assertThat(ledger.anonymous().post(BACKUPS, "").status()).isEqualTo(401);
            LedgerClient.Response taken = ledger.as("admin", STOCKHOLM).post(BACKUPS, "");
            assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
            zip = Path.of(taken.json().get("file").asText());
            assertThat(zip.getParent()).isEqualTo(original.toAbsolutePath().resolve("backups"));
            assertThat(taken.json().get("eventsUpToAtLeast").asLong()).isEqualTo(head);
            assertThat(taken.json().get("readModelsIncluded").asBoolean()).isTrue();
            assertThat(entries(zip)).containsExactly("readmodels.mv", "events.mv.db");
            assertThat(taken.json().get("bytes").asLong()).isEqualTo(Files.size(zip));

            created(ledger.as("manager", STOCKHOLM).post("/api/organisation-units", """
                    {"name":"Efter säkerhetskopian","kind":"BOARD","reason":"Finns inte i kopian"}"""));
            underLoad = backupWhileCommandsArrive(ledger);
        }

        // ---- the events only: every read model, token and the chain rebuilt from them ----
        Path eventsOnly = temp.resolve("events-only");
        unzip(zip, eventsOnly, Set.of("events.mv.db"));
        assertThat(cli("--jdbc-url=jdbc:h2:file:" + eventsOnly.resolve("events") + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE",
                "--user=sa", "--checkpoints=" + checkpoints))
                .as("the restored table against the checkpoints kept outside, before the service starts")
                .startsWith("0 OK: the event table against ").contains("checkpoint(s) from " + checkpoints);
        try (RunningLedger restored = RunningLedger.embedded(eventsOnly)) {
            restored.awaitCaughtUp();
            assertThat(restored.head()).as("the backup's events, not the one after it").isEqualTo(head);
            assertThat(restored.awaitChained().get("headHash").asText()).as("the same chain, recomputed")
                    .isEqualTo(headHash);
            assertThat(restored.verifiedChain().get("eventsChecked").asLong()).isEqualTo(head);
            atBackup.assertRebuiltAs(restored.readModels(), Map.of());

            LedgerClient.Response again = restored.as("manager", STOCKHOLM).post("/api/organisation-units",
                    IDEMPOTENT_UNIT, "Idempotency-Key", IDEMPOTENCY_KEY);
            assertThat(created(again)).as("the first answer, kept with the events").isEqualTo(history.idempotentUnit);
            assertThat(restored.head()).as("and nothing stored again").isEqualTo(head);
            assertThat(restored.as("integration", STOCKHOLM).get("/api/webhooks").json())
                    .as("subscriptions are not in the events").isEmpty();
        }

        // ---- a backup taken while commands arrive, restored whole: its read models were never ahead of its events ----
        Path whole = temp.resolve("whole");
        unzip(underLoad, whole, Set.of("events.mv.db", "readmodels.mv"));
        long wholeHead;
        ReadModelSnapshot caughtUp;
        try (RunningLedger restored = RunningLedger.embedded(whole)) {
            restored.awaitCaughtUp();
            wholeHead = restored.head();
            assertThat(wholeHead).isGreaterThan(head);
            caughtUp = restored.readModels();
            assertThat(restored.as("integration", STOCKHOLM).get("/api/webhooks").json())
                    .as("the subscription, from the read-model file").extracting(s -> s.get("id").asText())
                    .containsExactly(subscription);
            assertThat(restored.awaitChained().get("storeHead").asLong()).isEqualTo(wholeHead);
            restored.verifiedChain();
        }
        Path rebuilt = temp.resolve("rebuilt");
        unzip(underLoad, rebuilt, Set.of("events.mv.db"));
        try (RunningLedger restored = RunningLedger.embedded(rebuilt)) {
            restored.awaitCaughtUp();
            assertThat(restored.head()).isEqualTo(wholeHead);
            caughtUp.assertRebuiltAs(restored.readModels(), Map.of());
        }
    }

    /**
     * A backup taken while a region keeps registering units: the zip's read models and tokens are copied first, so
     * whatever they hold is in its events too, and the processors of a whole restore only catch up.
     */
    private static Path backupWhileCommandsArrive(RunningLedger ledger) {
        LedgerClient vasterbotten = ledger.as("manager", RecordedHistory.VASTERBOTTEN);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger registered = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                created(vasterbotten.post("/api/organisation-units", """
                        {"name":"Vårdcentral %d","kind":"CLINIC","reason":"Under säkerhetskopieringen"}"""
                        .formatted(registered.incrementAndGet())));
            }
        });
        try {
            await(() -> registered.get() >= 5);
            LedgerClient.Response taken = ledger.as("admin", STOCKHOLM).post(BACKUPS, "");
            assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
            int atBackup = registered.get();
            await(() -> registered.get() >= atBackup + 5);
            return Path.of(taken.json().get("file").asText());
        } finally {
            writing.set(false);
            writer.join();
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 30 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static void assertProblem(LedgerClient.Response response, int status, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isEqualTo(rule);
        assertThat(response.json().get("detail").asText()).isNotBlank();
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** {@code unzip -d folder zip names…}: only the named entries. */
    private static void unzip(Path zip, Path folder, Set<String> names) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (names.contains(entry.getName())) {
                    Files.copy(entries, folder.resolve(entry.getName()));
                }
            }
        }
    }

    /** The verifier's exit status and what it printed, as one line. */
    static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ChainVerifierCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return status + " " + out.toString(StandardCharsets.UTF_8).strip();
    }
}
