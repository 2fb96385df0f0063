package org.innovationledger.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.innovationledger.app.LedgerClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator, innovation-accounts and auditor pages in the browser over the demo: Stockholm's manager reads the
 * indicators (the API's figures, the change from last year equal to the difference of the API's two reports), the
 * accounts (the API's figures, downloads that answer in their formats, the published edition's fingerprint) and the
 * accounts as of an earlier position; the auditor reads the trail (the API's first page, narrowed by a filter), the
 * chain verification and one event. Compared with the API at the moment the page is read.
 */
class ReportsBrowserTest extends DemoInTheBrowser {

    /** The headline figures of the change table and where the API's report has them. */
    private static final Map<String, String> HEADLINE = Map.of("yes", "yes", "share", "share", "mean", "mean",
            "meetingThreshold", "meetingThreshold", "sum", "sum");

    @Test
    @Order(1)
    void theManagerReadsTheYearsIndicatorsAndTheChangeFromLastYear() {
        signIn("manager", "/ui/indicators");
        assertThat(text("heading")).startsWith("Indikatorer");
        int year = Integer.parseInt(text("year"));
        JsonNode periods = api("/api/reporting-periods?year=" + year);
        List<WebElement> indicators = browser.findElements(By.cssSelector("[data-test=indicator]"));
        assertThat(indicators).as("one report per period of " + year).hasSize(periods.size()).isNotEmpty();
        for (WebElement indicator : indicators) {
            String id = indicator.getAttribute("data-indicator");
            JsonNode report = api("/api/indicator-report?indicatorId=" + id + "&year=" + year);
            assertThat(indicator.findElement(By.cssSelector("[data-test=indicator-wording]")).getText())
                    .isEqualTo(report.get("wording").asText());
            assertThat(value(indicator, "submitted", "now")).isEqualTo(report.at("/responses/submitted").decimalValue());
            HEADLINE.forEach((figure, field) -> {
                JsonNode now = report.at("/headline/" + field);
                if (!now.isNull() && !now.isMissingNode()) {
                    assertThat(value(indicator, figure, "now")).as(id + " " + figure).isEqualByComparingTo(now.decimalValue());
                }
            });
            JsonNode lastYear = api("/api/indicator-report?indicatorId=" + id + "&year=" + (year - 1));
            assertThat(value(indicator, "submitted", "change-value")).as("submitted, this year less last")
                    .isEqualByComparingTo(report.at("/responses/submitted").decimalValue()
                            .subtract(lastYear.at("/responses/submitted").decimalValue()));
            HEADLINE.forEach((figure, field) -> {
                JsonNode now = report.at("/headline/" + field);
                JsonNode then = lastYear.at("/headline/" + field);
                if (now.isNumber() && then.isNumber()) {
                    assertThat(value(indicator, figure, "before")).isEqualByComparingTo(then.decimalValue());
                    assertThat(value(indicator, figure, "change-value")).as(id + " " + figure + ": this year less last")
                            .isEqualByComparingTo(now.decimalValue().subtract(then.decimalValue()));
                }
            });
        }
        assertThat(script("return document.body.dataset.chartsDrawn")).as("Chart.js drew the distributions")
                .isNotNull().isNotEqualTo("0");
        screenshot("40-indicators");
    }

    @Test
    @Order(2)
    void aYearWithoutAPreviousYearSaysSoAndInventsNoFigure() {
        Select years = new Select(element("year-picker"));
        String earliest = years.getOptions().get(years.getOptions().size() - 1).getAttribute("value");
        years.selectByValue(earliest);
        element("show-year").click();
        awaitUrl("year=" + earliest);
        assertThat(api("/api/reporting-periods?year=" + (Integer.parseInt(earliest) - 1))).isEmpty();
        for (WebElement indicator : browser.findElements(By.cssSelector("[data-test=indicator]"))) {
            assertThat(indicator.findElement(By.cssSelector("[data-test=no-previous]")).isDisplayed()).isTrue();
            for (WebElement before : indicator.findElements(By.cssSelector("[data-test=before]"))) {
                assertThat(before.getText()).isEqualTo("uppgift saknas");
            }
        }
        screenshot("41-indicators-first-year");
    }

    @Test
    @Order(3)
    void theAccountsAreTheApisAndTheirDownloadsAnswerInTheirFormats() {
        browser.findElement(By.cssSelector("[data-test=nav-accounts]")).click();
        awaitUrl("/ui/accounts");
        int year = Integer.parseInt(new Select(element("year-picker")).getFirstSelectedOption().getAttribute("value"));
        JsonNode accounts = api("/api/innovation-accounts?year=" + year);
        assertThatFiguresAre(accounts);
        JsonNode editions = api("/api/innovation-accounts/editions?year=" + year);
        assertThat(editions).as("the demo publishes Stockholm's 2021 edition").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-test=fingerprint]"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(editions.findValuesAsText("contentSha256"));

        LedgerClient reader = new LedgerClient(base(), "manager", "manager");
        assertDownload(reader, "download-html", "text/html", "<html");
        assertDownload(reader, "download-csv", "text/csv", null);
        assertDownload(reader, "download-pdf", "application/pdf", "%PDF");
        LedgerClient.Binary published = reader.bytes(path(element("edition-json").getAttribute("href")));
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.header("ETag")).as("the edition as published: the same bytes as first computed")
                .isNotNull();
        assertThat(script("return document.body.dataset.chartsDrawn")).isNotNull().isNotEqualTo("0");
        screenshot("42-accounts");
    }

    @Test
    @Order(4)
    void asOfAnEarlierPositionTheAccountsAreTheApisThen() {
        int year = Integer.parseInt(new Select(element("year-picker")).getFirstSelectedOption().getAttribute("value"));
        long head = api("/api/innovation-accounts?year=" + year).get("position").asLong();
        long earlier = head / 2;
        WebElement input = browser.findElement(By.id("as-of-position"));
        setValue(input, String.valueOf(earlier));
        input.submit();
        assertThat(text("as-of-banner")).contains(String.valueOf(earlier));
        JsonNode then = api("/api/innovation-accounts?year=" + year + "&asOfPosition=" + earlier);
        assertThat(text("accounts-position")).isEqualTo(then.get("position").asText());
        assertThatFiguresAre(then);
        assertThat(element("download-pdf").getAttribute("href")).as("the downloads are of the same point")
                .contains("asOfPosition=" + earlier);
        screenshot("43-accounts-as-of");
        element("as-of-clear").click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("asOf"));
    }

    @Test
    @Order(5)
    void theAuditorReadsTheTrailFiltersItAndSeesTheChainVerified() {
        signOut();
        signIn("auditor", "/ui/audit");
        assertThat(text("role")).isEqualTo("granskare");
        JsonNode first = api("auditor", "/api/audit/events");
        assertThat(positions()).isEqualTo(positionsOf(first));
        assertThat(element("chain-status").getAttribute("data-status")).isEqualTo("OK");
        assertThat(api("auditor", "/api/audit/chain/verification").get("status").asText()).isEqualTo("OK");
        assertThat(text("chain-computed-at")).isNotBlank();
        screenshot("44-audit");

        new Select(browser.findElement(By.id("a-type"))).selectByValue("GateDecisionRecorded");
        element("apply-filters").click();
        awaitUrl("type=GateDecisionRecorded");
        JsonNode decisions = api("auditor", "/api/audit/events?type=GateDecisionRecorded");
        assertThat(positions()).isNotEmpty().isEqualTo(positionsOf(decisions));
        assertThat(browser.findElements(By.cssSelector("[data-test=trail] tbody tr td:nth-child(3)")))
                .extracting(cell -> cell.getText().strip()).allMatch(type -> type.startsWith("GateDecisionRecorded"));
        assertThat(element("csv").getAttribute("href")).contains("/api/audit/events").contains("format=csv")
                .contains("type=GateDecisionRecorded");
        LedgerClient.Response csv = new LedgerClient(base(), "auditor", "auditor")
                .get(path(element("csv").getAttribute("href")));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        screenshot("45-audit-filtered");

        String position = positions().get(0);
        browser.findElement(By.cssSelector("[data-test=trail] tbody tr [data-test=entry-link]")).click();
        awaitPage("/ui/audit/events/");
        JsonNode entry = api("auditor", "/api/audit/events/" + position);
        assertThat(text("event-type")).isEqualTo(entry.get("type").asText());
        assertThat(text("event-principal")).isEqualTo(entry.get("principal").asText());
        assertThat(browser.findElements(By.cssSelector("[data-test=payload] tbody tr"))).isNotEmpty();
        screenshot("46-audit-event");
    }

    @Test
    @Order(6)
    void onATabletTheIndicatorsStillRead() {
        Dimension laptop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(820, 1180));
            browser.get(base() + "/ui/indicators");
            assertThat(browser.findElements(By.cssSelector("[data-test=indicator]"))).isNotEmpty();
            Object overflow = script("return document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no sideways scrolling of the page; wider than the window: %s", script(
                    "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right"
                            + " > window.innerWidth + 1).slice(0, 8).map(e => e.tagName + '.' + e.className + '#'"
                            + " + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"))
                    .isEqualTo(false);
            screenshot("47-indicators-tablet-820x1180");
        } finally {
            browser.manage().window().setSize(laptop);
        }
    }

    @Test
    @Order(7)
    void thePagesSpeakEnglishAndDanish() {
        browser.get(base() + "/ui/indicators?lang=en");
        assertThat(text("heading")).startsWith("Indicators");
        assertThat(browser.findElements(By.cssSelector("[data-test=indicator]"))).isNotEmpty();
        browser.get(base() + "/ui/accounts?lang=da");
        assertThat(text("heading")).startsWith("Innovationsregnskab");
        browser.get(base() + "/ui/audit?lang=en");
        assertThat(text("heading")).isEqualTo("Audit trail");
        assertThat(text("chain-status")).contains("Verified");
        browser.get(base() + "/ui/audit?lang=sv");
        assertThat(lang()).isEqualTo("sv");
    }

    private void assertThatFiguresAre(JsonNode accounts) {
        assertThat(text("initiatives-in-year")).isEqualTo(accounts.at("/summary/initiativesInYear").asText());
        assertThat(text("fund-projects-granted")).isEqualTo(accounts.at("/summary/fundProjectsGranted").asText());
        assertThat(text("implemented")).isEqualTo(accounts.at("/summary/implemented").asText());
        assertThat(text("fund-calls")).isEqualTo(accounts.at("/summary/fundCalls").asText());
        assertThat(text("gate-decisions")).isEqualTo(accounts.at("/integratedInnovation/gateDecisions").asText());
        assertThat(text("applications")).isEqualTo(accounts.at("/internalDevelopment/applications").asText());
        assertThat(text("granted")).isEqualTo(accounts.at("/internalDevelopment/granted").asText());
        assertThat(text("needs-identified")).isEqualTo(accounts.at("/innovationAndProcurement/needsIdentified").asText());
        assertThat(text("partners")).isEqualTo(accounts.at("/collaboration/partners").asText());
        JsonNode granted = accounts.at("/summary/fundGranted/amount");
        if (granted.isNumber()) {
            assertThat(new BigDecimal(element("fund-granted").getAttribute("data-value")))
                    .isEqualByComparingTo(granted.decimalValue());
        }
    }

    private void assertDownload(LedgerClient reader, String testId, String type, String starts) {
        LedgerClient.Binary document = reader.bytes(path(element(testId).getAttribute("href")));
        assertThat(document.status()).as(testId).isEqualTo(200);
        assertThat(document.header("Content-Type")).as(testId).startsWith(type);
        assertThat(document.body()).isNotEmpty();
        if (starts != null) {
            assertThat(new String(document.body(), 0, Math.min(400, document.body().length),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).contains(starts);
        }
    }

    /** The figure of a row of an indicator's change table, as its exact value. */
    private static BigDecimal value(WebElement indicator, String figure, String column) {
        String value = indicator.findElement(By.cssSelector("tr[data-figure=" + figure + "] [data-test=" + column + "]"))
                .getAttribute("data-value");
        assertThat(value).as(figure + " " + column).isNotBlank();
        return new BigDecimal(value);
    }

    private List<String> positions() {
        return browser.findElements(By.cssSelector("[data-test=trail] tbody tr")).stream()
                .map(row -> row.getAttribute("data-position")).toList();
    }

    /** The positions of a page of the API's trail (not those inside payloads). */
    private static List<String> positionsOf(JsonNode page) {
        List<String> positions = new java.util.ArrayList<>();
        page.get("entries").forEach(entry -> positions.add(entry.get("position").asText()));
        return positions;
    }

    /** A link's path and query, to ask the API for it directly. */
    private static String path(String href) {
        URI uri = URI.create(href);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
