package org.innovationledger.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.innovationledger.app.LedgerClient;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of malformed and oversized requests, each built to be invalid in one way, against every kind of
 * command body and the query parameters: every one must get a 4xx problem+json, the event store must hold
 * exactly what it held before, and the service must still serve a valid request afterwards. The seed is fixed
 * so that a failure reproduces; the counts per mutation and status are printed and written to
 * {@code target/fuzz-report.txt}.
 */
class HostileInputFuzzTest extends SecuredLedger {

    private static final long SEED = 20261126L;
    private static final int ROUNDS = 3000;
    private static final int MAX_BODY = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A valid command request: the fuzzer breaks it one way at a time. */
    record Template(String path, String body, boolean changesExisting) {
    }

    /** One malformed request, described for the report. */
    record Attempt(String mutation, String method, String path, byte[] body, String contentType, List<String> headers) {
    }

    private final Random random = new Random(SEED);

    @Test
    void thousandsOfMalformedAndOversizedRequestsAreRefusedWithProblemsAndStoreNothing() throws IOException {
        LedgerClient manager = as("manager", STOCKHOLM);
        List<Template> templates = validTemplates(manager);
        for (Template template : templates) {
            assertThat(JSON.readTree(template.body())).as("templates are valid JSON").isNotNull();
        }
        long before = storedEvents();

        Map<String, Integer> perMutation = new TreeMap<>();
        Map<Integer, Integer> perStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int notRefused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Attempt attempt = mutate(templates.get(random.nextInt(templates.size())));
            LedgerClient.Response answer = send(manager, attempt);
            perMutation.merge(attempt.mutation(), 1, Integer::sum);
            perStatus.merge(answer.status(), 1, Integer::sum);
            boolean refusedProperly = answer.status() >= 400 && answer.status() < 500
                    && answer.contentType() != null && answer.contentType().startsWith("application/problem+json");
            if (!refusedProperly) {
                notRefused++;
            }
            if (!refusedProperly && failures.size() < 20) {
                failures.add(attempt.mutation() + " " + attempt.method() + " " + attempt.path() + " -> " + answer.status()
                        + " " + answer.contentType() + " " + abbreviate(answer.raw().body()) + " | body: "
                        + abbreviate(new String(attempt.body(), StandardCharsets.UTF_8)));
            }
        }
        report(perMutation, perStatus, notRefused, failures);

        assertThat(notRefused).as("every malformed request gets a 4xx problem+json: " + failures).isZero();
        assertThat(perMutation.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ROUNDS);
        assertThat(perMutation).as("every kind of mutation was tried").hasSizeGreaterThanOrEqualTo(17);
        assertThat(templates).as("old and new endpoints alike").hasSize(13);
        assertThat(storedEvents()).as("the store holds zero new events").isEqualTo(before);

        assertThat(client().anonymous().get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        LedgerClient.Response stillServing = manager.post(templates.get(0).path(), templates.get(0).body());
        assertThat(stillServing.status()).as(stillServing.toString()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    /** One valid body per kind of command, on aggregates created here (before the count starts). */
    private List<Template> validTemplates(LedgerClient manager) {
        String unit = created(manager.post("/api/organisation-units", """
                {"name":"Södersjukhuset","kind":"HOSPITAL","reason":"fuzz set-up"}"""));
        String need = created(manager.post("/api/needs", """
                {"title":"Kortare väntetid på akuten","description":"Från personalen","source":"STAFF",
                 "unitId":"%s","reason":"fuzz set-up"}""".formatted(unit)));
        String initiative = created(manager.post("/api/initiatives", """
                {"title":"Digital triage","unitId":"%s","origin":"NEED","needId":"%s",
                 "processModel":"generic-stage-gate","reason":"fuzz set-up"}""".formatted(unit, need)));
        String mission = created(manager.post("/api/missions", """
                {"title":"Jämlik hälsa","ambition":"Minska skillnader","challenge":"Ojämlik vård","reason":"fuzz"}"""));
        String partner = created(manager.post("/api/partners", """
                {"name":"Fuzz Medtech AB","kind":"COMPANY","country":"SE","reason":"fuzz set-up"}"""));
        return List.of(
                new Template("/api/organisation-units", """
                        {"name":"Danderyds sjukhus","kind":"HOSPITAL","parentId":"%s","establishedOn":"1965-01-01",
                         "reason":"Ny enhet","documentRef":"RS 2019-0672"}""".formatted(unit), false),
                new Template("/api/organisation-units/" + unit + "/rename", """
                        {"newName":"Södersjukhuset AB","effectiveFrom":"2021-01-01","reason":"Bolagisering"}""", true),
                new Template("/api/needs", """
                        {"title":"Färre fall bland äldre","description":"Från patienter","source":"PATIENT",
                         "unitId":"%s","reason":"Behovsinventering"}""".formatted(unit), false),
                new Template("/api/needs/" + need + "/hand-over", """
                        {"receiver":"Regionens IT","note":"Tekniskt behov","reason":"Överlämning"}""", true),
                new Template("/api/initiatives", """
                        {"title":"Sensorbaserad fallprevention","description":"Pilot","unitId":"%s",
                         "origin":"PARTNER_OFFER","partnerName":"Medtech-företag","processModel":"generic-stage-gate",
                         "reason":"Erbjudande från företag"}""".formatted(unit), false),
                new Template("/api/initiatives/" + initiative + "/classification", """
                        {"strategyArea":"Nära vård","coreArea":"Akutsjukvård","innovationType":"SERVICE",
                         "missions":["%s"],"reason":"Klassning"}""".formatted(mission), true),
                new Template("/api/initiatives/" + initiative + "/gate-decisions", """
                        {"gate":"G1","outcome":"PROCEED","decisionBody":"Samordningsgruppen för innovation",
                         "rationale":"Tydligt behov","evidenceRefs":["Behovsanalys 2020"],"decidedOn":"2020-01-15",
                         "documentRef":"RS 2020-0042"}""", true),
                new Template("/api/missions/" + mission + "/rename", """
                        {"newTitle":"Jämlik hälsa för alla","reason":"Förtydligande"}""", true),
                new Template("/api/partners", """
                        {"name":"Sensorbolaget AB","kind":"START_UP","country":"SE","reason":"Partnerregister"}""",
                        false),
                new Template("/api/agreements", """
                        {"title":"Sekretessavtal","type":"NDA","parties":[{"unitId":"%s","role":"region"},
                         {"partnerId":"%s","role":"företag"}],"terms":{"costPrinciple":"EACH_PARTY_OWN_COSTS",
                         "resultOwnership":"JOINT"},"validFrom":"2024-01-01","reason":"Avtal"}"""
                        .formatted(unit, partner), false),
                new Template("/api/value-models", """
                        {"name":"Värdemodell","items":[{"itemId":"v1","description":"Besparing","beneficiary":"REGION",
                         "perspective":"BUDGET","realisable":true,"horizon":"NOW"}],
                         "distributionRule":{"shares":[{"partyRole":"region","percent":100}]},"reason":"Värdeanalys"}""",
                        false),
                new Template("/api/funding-calls", """
                        {"fund":"Innovationsfonden","round":1,"year":2021,"budget":{"amount":7500000,"currency":"SEK"},
                         "opensOn":"2021-01-11","closesOn":"2021-03-12","documentRef":"RS 2019-0672"}""", false),
                new Template("/api/indicators", """
                        {"wording":"Andel nämnder med metoder","kind":"BOOLEAN_SHARE","unit":"andel","reason":"Beslut"}""",
                        false));
    }

    private Attempt mutate(Template template) {
        ObjectNode body = (ObjectNode) read(template.body());
        List<String> textFields = new ArrayList<>();
        body.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual()) {
                textFields.add(field.getKey());
            }
        });
        String textField = textFields.get(random.nextInt(textFields.size()));
        int kind = random.nextInt(19);
        return switch (kind) {
            case 0 -> post("truncated JSON", template,
                    template.body().substring(0, 1 + random.nextInt(template.body().length() - 2)));
            case 1 -> {
                body.put("unexpected" + random.nextInt(1000), random.nextBoolean() ? "x" : "42");
                yield post("unknown field", template, body.toString());
            }
            case 2 -> {
                JsonNode[] wrong = {JSON.getNodeFactory().numberNode(12.5), JSON.getNodeFactory().booleanNode(true),
                        JSON.createObjectNode().put("a", 1), JSON.createArrayNode().add(true)};
                body.set(textField, wrong[random.nextInt(wrong.length)]);
                yield post("wrong type for a text field", template, body.toString());
            }
            case 3 -> {
                body.put(textField, "x".repeat(20_001 + random.nextInt(40_000)));
                yield post("text field too long", template, body.toString());
            }
            case 4 -> {
                body.put("padding", " ".repeat(MAX_BODY + random.nextInt(3 * MAX_BODY)));
                yield post("body over the size limit", template, body.toString());
            }
            case 5 -> {
                body.put("padding", " ".repeat(MAX_BODY + random.nextInt(MAX_BODY)));
                yield new Attempt("chunked body over the size limit", "POST", template.path(),
                        body.toString().getBytes(StandardCharsets.UTF_8), "application/json", List.of("chunked"));
            }
            case 6 -> {
                int depth = 33 + random.nextInt(300);
                String nested = "[".repeat(depth) + "]".repeat(depth);
                String json = body.toString();
                yield post("nesting too deep", template, json.substring(0, json.length() - 1) + ",\"deep\":" + nested + "}");
            }
            case 7 -> {
                byte[] text = template.body().getBytes(StandardCharsets.UTF_8);
                int quote = template.body().indexOf("\":\"") + 3;
                byte[] broken = new byte[text.length + 2];
                System.arraycopy(text, 0, broken, 0, quote);
                broken[quote] = (byte) 0xC3;
                broken[quote + 1] = (byte) 0x28;
                System.arraycopy(text, quote, broken, quote + 2, text.length - quote);
                yield new Attempt("invalid UTF-8", "POST", template.path(), broken, "application/json", List.of());
            }
            case 8 -> {
                String[] types = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x"};
                yield new Attempt("wrong content type", "POST", template.path(),
                        template.body().getBytes(StandardCharsets.UTF_8), types[random.nextInt(types.length)], List.of());
            }
            case 9 -> {
                String[] notObjects = {"", "[]", "\"text\"", "42", "null", "true", "{", "}"};
                yield post("not a JSON object", template, notObjects[random.nextInt(notObjects.length)]);
            }
            case 10 -> {
                String json = template.body().strip();
                yield post("duplicate field", template, json.substring(0, json.length() - 1)
                        + ",\"" + textField + "\":\"twice\"}");
            }
            case 11 -> {
                body.remove("reason");
                body.remove("documentRef");
                yield post("no reason or document reference", template, body.toString());
            }
            case 12 -> {
                body.put(random.nextBoolean() ? "reason" : "documentRef", "y".repeat(2_001 + random.nextInt(5_000)));
                yield post("justification too long", template, body.toString());
            }
            case 13 -> {
                String[] keys = {"has space", "x".repeat(129), "ünicode", "semi;colon", "quote\"d"};
                yield new Attempt("malformed Idempotency-Key", "POST", template.path(),
                        template.body().getBytes(StandardCharsets.UTF_8), "application/json",
                        List.of("Idempotency-Key", keys[random.nextInt(keys.length)]));
            }
            case 14 -> {
                if (!template.changesExisting()) {
                    yield post("truncated JSON", template, template.body().substring(0, template.body().length() - 1));
                }
                String[] ifMatch = {"garbage", "W/\"0\"", "\"-1\"", "\"999\"", "\"1\", \"2\"", "\"\""};
                yield new Attempt("bad If-Match", "POST", template.path(),
                        template.body().getBytes(StandardCharsets.UTF_8), "application/json",
                        List.of("If-Match", ifMatch[random.nextInt(ifMatch.length)]));
            }
            case 15 -> {
                if (!template.changesExisting()) {
                    yield post("unknown field", template, template.body().replaceFirst("\\{", "{\"zz\":1,"));
                }
                String[] ids = {"bad id!", "x".repeat(65), "ini-does-not-exist", "..", "%00", "<script>"};
                String path = template.path().replaceFirst("/api/([a-z-]+)/[^/]+", "/api/$1/"
                        + URLEncoder.encode(ids[random.nextInt(ids.length)], StandardCharsets.UTF_8));
                yield new Attempt("bad or unknown id in the path", "POST", path,
                        template.body().getBytes(StandardCharsets.UTF_8), "application/json", List.of());
            }
            case 16 -> badQuery();
            case 17 -> {
                String[] methods = {"PUT", "DELETE", "PATCH"};
                yield new Attempt("method not allowed", methods[random.nextInt(methods.length)], template.path(),
                        template.body().getBytes(StandardCharsets.UTF_8), "application/json", List.of());
            }
            default -> {
                Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
                String enumField = null;
                while (fields.hasNext()) {
                    String name = fields.next().getKey();
                    if (List.of("kind", "source", "origin", "outcome", "innovationType").contains(name)) {
                        enumField = name;
                    }
                }
                body.put(enumField == null ? "kind" : enumField, "NOT_A_VALUE_" + random.nextInt(100));
                yield post(enumField == null ? "unknown field" : "unknown enum value", template, body.toString());
            }
        };
    }

    private Attempt badQuery() {
        String[] queries = {"/api/portfolio?page=-1", "/api/portfolio?size=0", "/api/portfolio?size=100000",
                "/api/portfolio?size=abc", "/api/portfolio?sort=evil", "/api/portfolio?stage=NOPE",
                "/api/portfolio?status=x", "/api/portfolio?unitId=bad%20id", "/api/portfolio?page=99999999999",
                "/api/initiatives/bad%20id", "/api/initiatives/ini-nope/timeline", "/api/needs/" + "n".repeat(70),
                "/api/gate-decisions?outcome=MAYBE", "/api/process-models/%3Cscript%3E"};
        return new Attempt("bad query", "GET", queries[random.nextInt(queries.length)], new byte[0], null, List.of());
    }

    private static Attempt post(String mutation, Template template, String body) {
        return new Attempt(mutation, "POST", template.path(), body.getBytes(StandardCharsets.UTF_8),
                "application/json", List.of());
    }

    private static LedgerClient.Response send(LedgerClient client, Attempt attempt) {
        List<String> headers = new ArrayList<>();
        if (attempt.contentType() != null) {
            headers.add("Content-Type");
            headers.add(attempt.contentType());
        }
        boolean chunked = attempt.headers().contains("chunked");
        if (!chunked) {
            headers.addAll(attempt.headers());
        }
        HttpRequest.BodyPublisher body = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(attempt.body()))
                : HttpRequest.BodyPublishers.ofByteArray(attempt.body());
        return attempt.method().equals("GET") ? client.get(attempt.path())
                : client.send(attempt.method(), attempt.path(), body, headers.toArray(String[]::new));
    }

    private static void report(Map<String, Integer> perMutation, Map<Integer, Integer> perStatus, int notRefused,
                               List<String> failures) throws IOException {
        StringBuilder text = new StringBuilder("Hostile input fuzz: " + ROUNDS + " requests, seed " + SEED + "\n");
        perMutation.forEach((mutation, count) -> text.append(String.format("  %-36s %5d%n", mutation, count)));
        text.append("Answers by status:\n");
        perStatus.forEach((status, count) -> text.append(String.format("  %-36s %5d%n", status, count)));
        text.append("Not refused properly: ").append(notRefused).append(" (first ").append(failures.size())
                .append(" listed)\n");
        failures.forEach(f -> text.append("  ").append(f).append('\n'));
        System.out.println(text);
        Files.writeString(Path.of("target", "fuzz-report.txt"), text);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String created(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
