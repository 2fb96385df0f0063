package org.innovationledger.app.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.innovationledger.app.LedgerClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;

/**
 * The all-in-one application logging JSON as in production (Elastic Common Schema): every line about a command,
 * an event or a request carries its correlation id and caller as fields, and never the reason or the payload.
 * <p>
 * Spring Boot configures logging once per JVM, and the deploy tests share one: the logging system is reset before
 * this context starts, so that it takes the JSON format, and afterwards the context is closed (which resets it) and
 * the format's system property cleared, so that the next test's context logs plain lines again.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.structured.format.console=ecs",
        // the per-event line is DEBUG: turned on here to see that event processors log in context
        "logging.level.org.innovationledger.security.logging=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STOCKHOLM = "region-stockholm";
    private static final String MANAGER = "manager@region-stockholm";
    private static final String REASON = "Beslut av Anna Andersson, 19 mars";

    @DynamicPropertySource
    static void freshStores(DynamicPropertyRegistry registry) throws IOException {
        registry.add("ledger.data-dir", Files.createTempDirectory("ledger-logs-test")::toString);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void configureLoggingAnew() {
        LoggingSystem.get(StructuredLogsTest.class.getClassLoader()).cleanUp();
    }

    @AfterAll
    static void plainLinesForTheNextTests() {
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
    }

    @Test
    void linesAboutACommandAndItsEventsNameTheRequestsCorrelationIdAndCaller(CapturedOutput output) {
        LedgerClient manager = new LedgerClient("http://127.0.0.1:" + port, STOCKHOLM).asTestUser("manager", STOCKHOLM);
        String correlationId = "logs-test-" + UUID.randomUUID();

        LedgerClient.Response registered = manager.post("/api/organisation-units", """
                {"name":"Södersjukhuset loggtest","kind":"HOSPITAL","reason":"%s"}""".formatted(REASON),
                "X-Correlation-Id", correlationId);
        String unit = created(registered);
        assertThat(registered.header("X-Correlation-Id")).isEqualTo(correlationId);
        manager.await("/api/organisation-units/" + unit, answer -> answer.status() == 200);

        JsonNode handled = awaitLine(output, line -> line.path("message").asText()
                .matches("command RegisterOrganisationUnit handled in \\d+ ms"));
        assertThat(handled.path("log").path("level").asText()).isEqualTo("INFO");
        assertThat(handled.path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(handled.path("principal").asText()).isEqualTo(MANAGER);
        assertThat(handled.path("role").asText()).isEqualTo("PORTFOLIO_MANAGER");
        assertThat(handled.path("tenant").asText()).isEqualTo(STOCKHOLM);
        assertThat(handled.path("messageType").asText()).isEqualTo("RegisterOrganisationUnit");
        assertThat(handled.path("service").path("name").asText()).isEqualTo("innovation-ledger");
        assertThat(jsonLines(output).stream().filter(line -> line.path("message").asText()
                .startsWith("command RegisterOrganisationUnit ")).count()).as("one line per command").isOne();

        JsonNode projected = awaitLine(output, line -> line.path("message").asText()
                .matches("event OrganisationUnitRegistered handled by organisation-units in \\d+ ms"));
        assertThat(projected.path("log").path("level").asText()).isEqualTo("DEBUG");
        assertThat(projected.path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(projected.path("principal").asText()).isEqualTo(MANAGER);
        assertThat(projected.path("processingGroup").asText()).isEqualTo("organisation-units");
        assertThat(projected.path("aggregateId").asText()).isEqualTo(unit);
        assertThat(projected.path("causationId").asText()).as("the command caused it").isNotBlank()
                .isNotEqualTo(correlationId);

        LedgerClient.Response refused = manager.post("/api/organisation-units/unit-none/rename", """
                {"newName":"Nytt namn","effectiveFrom":"2024-01-01","reason":"%s"}""".formatted(REASON),
                "X-Correlation-Id", correlationId + "-refused");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        JsonNode refusal = awaitLine(output, line -> line.path("message").asText()
                .startsWith("command RenameOrganisationUnit refused: "));
        assertThat(refusal.path("log").path("level").asText()).isEqualTo("WARN");
        assertThat(refusal.path("message").asText()).endsWith(refused.json().path("rule").asText());
        assertThat(refusal.path("correlationId").asText()).isEqualTo(correlationId + "-refused");
        assertThat(refusal.path("principal").asText()).isEqualTo(MANAGER);

        List<String> lines = output.getOut().lines().filter(line -> line.startsWith("{")).toList();
        assertThat(lines).allSatisfy(line -> assertThat(parse(line)).as(line).isNotNull());
        assertThat(output.getOut()).as("reasons and names stay out of the logs")
                .doesNotContain(REASON, "Södersjukhuset loggtest", "Nytt namn");
    }

    /** The first JSON line on the console that matches, waiting for the processors for at most 30 s. */
    private static JsonNode awaitLine(CapturedOutput output, Predicate<JsonNode> wanted) {
        long deadline = System.currentTimeMillis() + 30_000;
        do {
            for (JsonNode line : jsonLines(output)) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            sleep();
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("no such line in:\n" + output.getOut());
    }

    private static List<JsonNode> jsonLines(CapturedOutput output) {
        List<JsonNode> lines = new ArrayList<>();
        output.getOut().lines().filter(line -> line.startsWith("{")).map(StructuredLogsTest::parse)
                .forEach(lines::add);
        return lines;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
