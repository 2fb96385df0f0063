package org.innovationledger.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;

/**
 * The auditor's verifier run exactly as the README says, from the packaged jar with Spring Boot's
 * PropertiesLauncher, in a JVM of its own: an export verifies offline; the embedded stores of a stopped service
 * verify from its data folder (opened read-only: the files are byte for byte the same after); after one event is
 * changed in the H2 file the verifier names its position, against the stored chain and against the checkpoints.
 * Runs after the jar is packaged (failsafe, {@code ./mvnw verify}).
 */
class ChainVerifierCliIT {

    @TempDir
    Path data;

    @Test
    void theVerifierRunsFromTheJar() throws Exception {
        Path jar = ServiceProcess.allInOneJar();
        assertThat(jar).as("deploy/target/innovation-ledger.jar is built before integration tests").isNotNull();
        Path export = data.resolve("history.jsonl");
        Path checkpoints = data.resolve("checkpoints.json");
        try (ServiceProcess service = ServiceProcess.start("ledger-chain", jar, data, "--ledger.demo=false",
                "--ledger.data-dir=" + data, "--ledger.audit.chain.checkpoint-interval=2",
                "--ledger.audit.chain.interval=200ms")) {
            LedgerClient manager = new LedgerClient(service.baseUrl(), "region-stockholm");
            String region = created(manager.post("/api/organisation-units", """
                    {"name":"Region Stockholm","kind":"REGION","reason":"test"}"""));
            ok(manager.post("/api/organisation-units/" + region + "/rename", """
                    {"newName":"Region Stockholm (RS)","effectiveFrom":"2022-01-01","reason":"Beslut"}"""));
            created(manager.post("/api/organisation-units", """
                    {"name":"Patientnämnden","kind":"BOARD","parentId":"%s","reason":"test"}""".formatted(region)));
            LedgerClient auditor = manager.asTestUser("auditor", "region-stockholm");
            auditor.await("/api/audit/chain", r -> r.status() == 200 && r.json().path("chainedUpTo").asLong() == 3);
            Files.writeString(export, auditor.get("/api/audit/export").raw().body());
            Files.writeString(checkpoints, auditor.get("/api/audit/chain/checkpoints").raw().body());
        }

        assertThat(verifier("--export=" + export)).isEqualTo(new Run(0, List.of("OK: " + export + ": 3 lines,"
                + " positions 1 to 3, every hash recomputed from its line, 2 links between consecutive positions"
                + " checked")));
        byte[] events = Files.readAllBytes(data.resolve("events.mv.db"));
        byte[] readModels = Files.readAllBytes(data.resolve("readmodels.mv"));
        assertThat(verifier("--data-dir=" + data, "--checkpoints=" + checkpoints)).isEqualTo(new Run(0, List.of(
                "OK: the event table against the stored chain: positions 1 to 3 (events 3, gaps 0, checkpoints 1);"
                        + " chained up to 3; stored up to 3",
                "OK: the event table against 1 checkpoint(s) from " + checkpoints + ": positions 1 to 2 (events 2,"
                        + " gaps 0, checkpoints 1); stored up to 3")));
        assertThat(Files.readAllBytes(data.resolve("events.mv.db"))).as("opened read-only").isEqualTo(events);
        assertThat(Files.readAllBytes(data.resolve("readmodels.mv"))).as("opened read-only").isEqualTo(readModels);

        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("events"), "sa", "");
             PreparedStatement change = h2.prepareStatement(
                     "update DomainEventEntry set payload = ? where globalIndex = 2")) {
            change.setBytes(1, "{\"newName\":\"Region Stockholm (ändrat)\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(change.executeUpdate()).isEqualTo(1);
        }
        Run altered = verifier("--data-dir=" + data, "--checkpoints=" + checkpoints);
        assertThat(altered.status()).isEqualTo(1);
        assertThat(altered.out()).hasSize(2);
        assertThat(altered.out().get(0)).startsWith("BROKEN at position 2: ALTERED: the stored event differs from"
                + " the one chained here: event ");
        assertThat(altered.out().get(1)).startsWith("BROKEN at position 2: CHAIN_BROKEN: the events up to here do"
                + " not give the checkpoint's hash");
    }

    record Run(int status, List<String> out) {
    }

    /** {@code java -cp innovation-ledger.jar -Dloader.main=… PropertiesLauncher args}, as the README says. */
    private Run verifier(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", ServiceProcess.allInOneJar().toAbsolutePath().toString(),
                "-Dloader.main=org.innovationledger.app.audit.ChainVerifierCli",
                "org.springframework.boot.loader.launch.PropertiesLauncher"));
        command.addAll(List.of(args));
        Path out = data.resolve("verifier.out");
        Process process = new ProcessBuilder(command).directory(data.toFile()).redirectOutput(out.toFile())
                .redirectError(data.resolve("verifier.err").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(data.resolve("verifier.err"))).as("nothing on stderr").isEmpty();
        return new Run(process.exitValue(), Files.readAllLines(out));
    }
}
