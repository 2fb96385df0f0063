package org.innovationledger.app.demo;

import org.innovationledger.app.LedgerClient;
import org.innovationledger.app.ReadSide;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The all-in-one application with {@code ledger.demo=true} on a fresh data folder: the demo portfolio is loaded
 * through the command path, every event says it is demo data and the read side shows it. ({@link DemoRestartTest}
 * starts the application twice on one folder.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataTest {

    static final Path DATA = createDataDir();

    /** Initiatives each region's demo registers. */
    static final Map<String, Integer> INITIATIVES = new LinkedHashMap<>();

    static {
        INITIATIVES.put("region-stockholm", 27);
        INITIATIVES.put("region-vastra-gotaland", 5);
        INITIATIVES.put("region-vasterbotten", 8);
        INITIATIVES.put("region-hovedstaden", 8);
    }

    /** Personal names and phone numbers the sources contain; none may reach the ledger. */
    private static final Pattern PERSONAL = Pattern.compile("\\b(Örjan|Norberg|Elham|Pourazar|Grönborg|Lefevre"
            + "|Skjöldebrand|Anna|Tilde|Katja|Henrik|Sami|Erik|Clara|Rikke|Sara|Jonas|Micael)\\b"
            + "|\\b0\\d{2}-\\d{3} ?\\d{2} ?\\d{2}\\b|\\b0\\d{2}-\\d{7}\\b");

    @DynamicPropertySource
    static void demoOnAFreshFolder(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA::toString);
        registry.add("ledger.demo", () -> "true");
    }

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader loader;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    @Order(1)
    void theDemoIsLoadedAtStartUp() {
        DemoLoader.Result result = loader.result();
        assertThat(result.outcome()).as(String.valueOf(result)).isEqualTo(DemoLoader.Outcome.LOADED);
        assertThat(result.commandsByTenant()).containsOnlyKeys(INITIATIVES.keySet());
        assertThat(result.commandsByTenant().values()).allSatisfy(sent -> assertThat(sent).isPositive());
    }

    @Test
    @Order(2)
    void everyRegionsPortfolioShowsItsInitiatives() {
        awaitReadSideCaughtUp();
        for (Map.Entry<String, Integer> region : INITIATIVES.entrySet()) {
            JsonNode overview = client(region.getKey()).await("/api/portfolio?size=200",
                    r -> r.status() == 200 && r.json().get("total").asInt() == region.getValue()).json();
            assertThat(overview.get("initiatives")).as(region.getKey()).hasSize(region.getValue());
            assertThat(overview.get("initiatives").findValuesAsText("registeredBy")).as(region.getKey())
                    .containsOnly(DemoCommands.PRINCIPAL);
        }

        JsonNode stockholm = portfolio("region-stockholm");
        assertThat(titles(stockholm)).contains("IVA-dagboken", "Alltid Öppet",
                "Införande av 3-dimensionella datortomografibilder kliniskt", "Platsoberoende mobila vårdlösningar/5G",
                "Augmented Reality in Surgical Navigation", "En väg in – företagens väg in till Region Stockholm");
        assertThat(stockholm.get("pilots").asInt()).as("the heart-failure pilot at Södertälje runs").isEqualTo(1);
        assertThat(stockholm.get("inOperation").asInt()).as("introductions reported for 2021").isEqualTo(7);
        assertThat(count(stockholm, "byStatus", "status", "CLOSED")).as("I-AID ended in 2020").isEqualTo(1);

        JsonNode vgr = portfolio("region-vastra-gotaland");
        assertThat(titles(vgr)).containsExactlyInAnyOrder("Pilot 1: Höftartros – koll på läget",
                "Pilot 2: Aktiv väntan", "Pilot 3: Bättre flyt", "Pilot 4: Mer hållbara medicintekniska produkter",
                "Pilot 5: Framtidens rehabilitering inom reumatologi");
        assertThat(count(vgr, "byStatus", "status", "CLOSED")).as("all five pilots were carried out").isEqualTo(5);

        JsonNode vasterbotten = portfolio("region-vasterbotten");
        assertThat(count(vasterbotten, "byStatus", "status", "ENDED_BY_DECISION")).as("one case failed fast")
                .isEqualTo(1);
        assertThat(count(vasterbotten, "byPartner", "value", "Getinge")).isEqualTo(1);
        assertThat(vasterbotten.get("inOperation").asInt()).as("FETT-B, voice dictation, focused ultrasound")
                .isEqualTo(3);
        assertThat(vasterbotten.get("byTestbed").findValuesAsText("unitName")).contains(
                "Medicinsk akutvårdsavdelning (Mava)", "Bjurholms hälsocentral", "Idun – allmäntandvårdsklinik, Umeå");

        JsonNode hovedstaden = portfolio("region-hovedstaden");
        assertThat(hovedstaden.get("byMission")).as("every mission has initiatives").hasSize(3);
        assertThat(count(hovedstaden, "byMission", "missionId", "mission-demo-hovedstaden-3"))
                .as("BETAHealth serves missions 1 and 3").isEqualTo(2);
    }

    @Test
    @Order(3)
    void hovedstadenHasItsThreeMissions() {
        JsonNode missions = client("region-hovedstaden").await("/api/missions",
                r -> r.status() == 200 && r.json().size() == 3).json();
        assertThat(missions.findValuesAsText("title")).containsExactly(
                "Sundhed, hvor du er – Mere liv, mindre sygdom", "En bæredygtig og attraktiv arbejdsplads",
                "Når du bliver syg – Personlig diagnostik og medicin");
        assertThat(missions.get(0).get("ambition").asText()).startsWith("Borgeren oplever et sundhedsvæsen");
        assertThat(missions.get(0).get("challenge").asText()).contains("Mange kronikere");
        assertThat(missions.get(0).get("programmeAreas")).hasSize(6);
        assertThat(missions.get(1).get("programmeAreas").get(0).asText()).isEqualTo("Afvikling – fjern det unødige");
        assertThat(client("region-stockholm").get("/api/missions").json()).as("missions stay in their tenant")
                .isEmpty();
    }

    @Test
    @Order(4)
    void everyStoredEventIsDemoDataFromTheLoader() {
        long stored = storedEvents();
        List<TrackedEventMessage<?>> events = allEvents(stored);
        assertThat(events).hasSize((int) stored);
        Set<String> tenants = new TreeSet<>();
        List<String> personal = new ArrayList<>();
        for (TrackedEventMessage<?> event : events) {
            MetaData metaData = event.getMetaData();
            assertThat(metaData).as(event.getPayloadType().getSimpleName())
                    .containsEntry(LedgerMetadata.DEMO, "true")
                    .containsEntry(LedgerMetadata.PRINCIPAL, DemoCommands.PRINCIPAL)
                    .containsEntry(LedgerMetadata.ROLE, DemoCommands.ROLE)
                    .containsKeys(LedgerMetadata.REASON, LedgerMetadata.DOCUMENT_REF, LedgerMetadata.CORRELATION_ID,
                            LedgerMetadata.CAUSATION_ID);
            assertThat(String.valueOf(metaData.get(LedgerMetadata.REASON))).startsWith("Demo: ");
            tenants.add(String.valueOf(metaData.get(LedgerMetadata.TENANT)));
            String text = event.getPayload() + " " + metaData;
            if (PERSONAL.matcher(text).find()) {
                personal.add(text);
            }
        }
        assertThat(tenants).containsExactlyInAnyOrderElementsOf(INITIATIVES.keySet());
        assertThat(personal).as("no personal names or phone numbers from the sources").isEmpty();
    }

    /** The source's 2021 figures of Innovationsfonden, counted by the funding report from the demo's events. */
    @Test
    @Order(5)
    void stockholmsInnovationFund2021Has143Applications58GrantsAndAGrantRateOf40point6() {
        JsonNode report = client("region-stockholm").await("/api/funding-report?year=2021&fund=Innovationsfonden",
                r -> r.status() == 200 && r.json().get("total").get("applications").asInt() == 143
                        && r.json().get("total").get("undecided").asInt() == 0).json();
        JsonNode total = report.get("total");
        assertThat(total.get("grants").asInt()).isEqualTo(58);
        assertThat(total.get("rejections").asInt()).isEqualTo(85);
        assertThat(total.get("grantRate").decimalValue()).isEqualByComparingTo("40.6");
        assertThat(total.get("budget").get("amount").decimalValue()).as("15 MSEK in two calls")
                .isEqualByComparingTo("15000000");
        assertThat(total.get("granted").get("amount").decimalValue())
                .as("the 15 MSEK also paid for follow-up, communication and dissemination")
                .isEqualByComparingTo(StockholmInnovationFund.grantedInAll().amount()).isLessThan(new BigDecimal("15000000"));
        assertThat(report.get("calls")).hasSize(2);
        assertThat(report.get("calls").findValuesAsText("fund")).containsOnly("Innovationsfonden");
        assertThat(report.get("calls").get(0).get("round").asInt()).isEqualTo(1);
        assertThat(report.get("calls").get(1).get("round").asInt()).isEqualTo(2);

        JsonNode spring = client("region-stockholm").get("/api/funding-calls/"
                + StockholmInnovationFund.callId(1)).json();
        JsonNode iva = StreamSupport.stream(spring.get("applications").spliterator(), false)
                .filter(a -> a.get("title").asText().equals("IVA-dagboken")).findFirst().orElseThrow();
        assertThat(iva.get("status").asText()).isEqualTo("GRANTED");
        assertThat(iva.get("initiativeId").asText()).isEqualTo("ini-demo-sthlm-iva-dagboken");
        assertThat(iva.get("followUps")).hasSize(1);
        for (String other : List.of("region-vastra-gotaland", "region-vasterbotten", "region-hovedstaden")) {
            assertThat(client(other).get("/api/funding-calls").json()).as(other).isEmpty();
        }
    }

    @Test
    @Order(6)
    void vasterbottensValueBasedAgreementWithRocheOpenedTheTestPhase() {
        LedgerClient vasterbotten = client("region-vasterbotten");
        JsonNode partners = vasterbotten.await("/api/partners", r -> r.status() == 200 && r.json().size() == 8).json();
        assertThat(partners.findValuesAsText("name")).contains("Roche", "Getinge",
                "Egenvårdsbolaget Norr AB (fiktivt namn)");

        String roche = "ini-demo-vbtn-egenvard-primarvard";
        JsonNode register = vasterbotten.await("/api/agreements?initiativeId=" + roche,
                r -> r.json().get("total").asInt() == 1).json();
        JsonNode agreement = register.get("agreements").get(0);
        assertThat(agreement.get("type").asText()).isEqualTo("VALUE_BASED_PAYMENT");
        assertThat(agreement.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(vasterbotten.get("/api/initiatives/" + roche).json().get("phase").asText()).isEqualTo("STEG_4");
        assertThat(vasterbotten.get("/api/initiatives/ini-demo-vbtn-patientflode-mava").json().get("phase").asText())
                .isEqualTo("STEG_4");

        JsonNode value = vasterbotten.await("/api/value-realisation?initiativeId=" + roche,
                r -> r.json().get("realisations").asInt() == 2).json();
        assertThat(value.get("idealRealisations").asInt()).as("the sources give no sums").isEqualTo(2);
        assertThat(value.get("realised")).isEmpty();
        assertThat(value.get("items")).hasSize(3);
    }

    /** The source's 2021 indicator figures, counted by the indicator report from the demo's events. */
    @Test
    @Order(7)
    void stockholmsIndicators2021Are78PercentOf23And20Of23AboveLevelTwoWithAMeanOf2point6() {
        LedgerClient stockholm = client("region-stockholm");
        JsonNode methods = stockholm.await("/api/indicator-report?indicatorId=" + StockholmIndicators.METHODS
                + "&year=2021", r -> r.status() == 200 && "CLOSED".equals(r.json().get("status").asText())
                && r.json().get("previousYear") != null && !r.json().get("previousYear").isNull()
                && "CLOSED".equals(r.json().get("previousYear").get("status").asText())).json();
        assertThat(methods.get("wording").asText()).isEqualTo(StockholmIndicators.METHODS_WORDING);
        JsonNode share = methods.get("share");
        assertThat(share.get("of").asText()).isEqualTo("POPULATION");
        assertThat(share.get("yes").asInt()).isEqualTo(18);
        assertThat(share.get("population").asInt()).isEqualTo(23);
        assertThat(share.get("shareRounded").asInt()).as("78 %").isEqualTo(78);
        assertThat(share.get("share").decimalValue()).isEqualByComparingTo("78.3");
        assertThat(methods.get("responses").get("submitted").asInt()).isEqualTo(23);
        assertThat(methods.get("responses").get("late").asInt()).isEqualTo(1);
        assertThat(methods.get("responses").get("corrected").asInt()).isEqualTo(1);
        JsonNode change = methods.get("previousYear").get("change");
        assertThat(change.get("share").decimalValue()).as("en ökning jämfört med 2020").isPositive();
        assertThat(change.get("shareRounded").asInt()).isEqualTo(78 - 65);
        assertThat(methods.get("previousYear").get("responses").get("nonResponses").asInt()).isEqualTo(1);

        JsonNode maturity = stockholm.await("/api/indicator-report?indicatorId=" + StockholmIndicators.MATURITY
                + "&year=2021", r -> r.status() == 200 && "CLOSED".equals(r.json().get("status").asText())
                && r.json().get("previousYear") != null && !r.json().get("previousYear").isNull()
                && "CLOSED".equals(r.json().get("previousYear").get("status").asText())).json();
        JsonNode scale = maturity.get("scale");
        assertThat(scale.get("respondents").asInt()).isEqualTo(23);
        assertThat(scale.get("meetingThreshold").asInt()).as("20 av 23 ... drygt nivå 2").isEqualTo(20);
        assertThat(scale.get("threshold").get("comparison").asText()).isEqualTo("ABOVE");
        assertThat(scale.get("mean").decimalValue()).as("sammanvägt medeltal på 2,6").isEqualByComparingTo("2.6");
        assertThat(scale.get("sum").decimalValue()).isEqualByComparingTo("59.8");
        assertThat(maturity.get("previousYear").get("change").get("mean").decimalValue()).isPositive();
        assertThat(maturity.get("previousYear").get("change").get("meetingThreshold").asInt()).isPositive();

        JsonNode periods = stockholm.get("/api/reporting-periods").json();
        assertThat(periods).hasSize(4);
        assertThat(periods.findValuesAsText("status")).containsOnly("CLOSED");
        assertThat(stockholm.get("/api/indicators").json()).hasSize(2);
        assertThat(client("region-vasterbotten").get("/api/reporting-periods").json()).as("stays in its region")
                .isEmpty();
    }

    /** The demo's edition of Innovationsbokslut 2021: the source's figures, computed from the demo's events. */
    @Test
    @Order(8)
    void stockholmsInnovationAccounts2021ShowTheSourcesFigures() throws Exception {
        LedgerClient stockholm = client("region-stockholm");
        String edition = "/api/innovation-accounts/editions/" + StockholmAccounts.EDITION;
        JsonNode listed = stockholm.await("/api/innovation-accounts/editions?year=2021",
                r -> r.status() == 200 && r.json().size() == 1).json().get(0);
        assertThat(listed.get("publishedBy").asText()).isEqualTo(DemoCommands.PRINCIPAL);
        JsonNode accounts = stockholm.get(edition).json();
        assertThat(accounts.get("regionName").asText()).isEqualTo("Region Stockholm");
        assertThat(accounts.get("position").asLong()).isEqualTo(listed.get("position").asLong());
        JsonNode summary = accounts.get("summary");
        assertThat(summary.get("fundProjectsGranted").asInt()).as("58 innovationsprojekt har finansierats")
                .isEqualTo(58);
        assertThat(summary.get("fundCalls").asInt()).as("två gånger per år").isEqualTo(2);
        assertThat(summary.at("/fundBudget/amount").decimalValue()).as("15 miljoner kronor")
                .isEqualByComparingTo("15000000");
        JsonNode fund = accounts.get("internalDevelopment");
        assertThat(fund.get("applications").asInt()).isEqualTo(143);
        assertThat(fund.get("granted").asInt()).isEqualTo(58);
        assertThat(fund.get("grantRate").decimalValue()).isEqualByComparingTo("40.6");
        JsonNode indicators = summary.get("indicators");
        assertThat(indicators).hasSize(2);
        JsonNode methods = indicator(indicators, "BOOLEAN_SHARE").get("share");
        assertThat(methods.get("yes").asInt()).isEqualTo(18);
        assertThat(methods.get("shareRounded").asInt()).isEqualTo(78);
        JsonNode scale = indicator(indicators, "SCALE_1_5").get("scale");
        assertThat(scale.get("mean").decimalValue()).isEqualByComparingTo("2.6");
        assertThat(scale.get("meetingThreshold").asInt()).isEqualTo(20);
        assertThat(accounts.at("/integratedInnovation/resultsPublished").findValuesAsText("note"))
                .anySatisfy(note -> assertThat(note).startsWith("Årets innovation 2021"));

        String html = stockholm.get(edition + "?format=html").raw().body();
        byte[] pdf = stockholm.bytes(edition + "?format=pdf").body();
        String pdfText;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        for (String figure : new String[]{"78 % av 23 (18 av 23", "15 000 000 SEK", "40,6 %", "Utgåva 1"}) {
            assertThat(html).contains(figure);
            assertThat(pdfText).contains(figure);
        }
    }

    private static JsonNode indicator(JsonNode reports, String kind) {
        for (JsonNode report : reports) {
            if (kind.equals(report.get("kind").asText())) {
                return report;
            }
        }
        throw new AssertionError("no " + kind + " indicator in " + reports);
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class);
    }

    private List<TrackedEventMessage<?>> allEvents(long expected) {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (events.size() < expected && stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                events.add(stream.nextAvailable());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }

    private void awaitReadSideCaughtUp() {
        ReadSide.awaitCaughtUp(eventStore, processing, Duration.ofMinutes(1));
    }

    @Test
    @Order(10)
    void theDocumentedDemoUsersSignInWithTheirNameAsPassword() {
        Map<String, String> roles = Map.of("manager", "PORTFOLIO_MANAGER", "auditor", "AUDITOR",
                "integration", "INTEGRATION", "admin", "ADMIN");
        roles.forEach((user, role) -> {
            JsonNode me = client("region-stockholm").as(user, user).get("/api/me").json();
            assertThat(me.get("role").asText()).as(user).isEqualTo(role);
            assertThat(me.get("tenant").asText()).as(user).isEqualTo("region-stockholm");
        });
        assertThat(client("region-stockholm").as("manager-hovedstaden", "manager-hovedstaden").get("/api/missions")
                .json()).as("each demo region has a manager").hasSize(3);
        assertThat(client("region-stockholm").as("manager", "wrong").get("/api/me").status()).isEqualTo(401);
        assertThat(client("region-stockholm").as("manager", "manager").get("/api/portfolio").json()
                .get("total").asInt()).isPositive();
    }

    private JsonNode portfolio(String tenant) {
        return client(tenant).get("/api/portfolio?size=200").json();
    }

    private LedgerClient client(String tenant) {
        return new LedgerClient("http://127.0.0.1:" + port, tenant);
    }

    private static List<String> titles(JsonNode overview) {
        return StreamSupport.stream(overview.get("initiatives").spliterator(), false)
                .map(initiative -> initiative.get("title").asText()).toList();
    }

    /** The count of the group whose {@code key} is {@code value}, 0 when there is none. */
    private static int count(JsonNode overview, String groups, String key, String value) {
        return StreamSupport.stream(overview.get(groups).spliterator(), false)
                .filter(group -> value.equals(group.path(key).asText()))
                .mapToInt(group -> group.get("initiatives").asInt()).findFirst().orElse(0);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("ledger-demo-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
